import { reportError } from '@shieldkit/core';
import type { ShieldCampaign } from './campaign-element.js';

/** The widgets `mount()` can put on a page, in page order. */
export type MountableWidget =
  'quick-exit' | 'helpline-banner' | 'red-flag-checklist' | 'story-carousel';

export interface MountOptions {
  /** Which widgets to add inside the campaign. Default: all four. */
  widgets?: readonly MountableWidget[];
}

export interface MountedCampaign {
  element: ShieldCampaign;
  /** Removes everything `mount()` added. */
  unmount(): void;
}

/**
 * Puts a campaign on a page from JavaScript: a `<shield-campaign>` holding `campaign` (an object, or
 * the URL of a campaign file) with the widgets inside it, appended to `target` (an element or a
 * selector). Define the elements you use first (`import '@shieldkit/shieldkit/define.js'`, or each
 * widget's `define.js`). Returns `undefined`, after a console error, when `target` is not found.
 *
 *     mount('#help', { version: 1, id: 'ua-pl-2026', languages: { default: 'uk' }, country: 'PL' });
 */
export function mount(
  target: Element | string,
  campaign: unknown,
  {
    widgets = ['quick-exit', 'helpline-banner', 'red-flag-checklist', 'story-carousel'],
  }: MountOptions = {},
): MountedCampaign | undefined {
  let host: Element | null = null;
  try {
    host = typeof target === 'string' ? document.querySelector(target) : target;
  } catch {
    // not a valid selector: reported below like a missing element
  }
  if (!host) {
    reportError(document, {
      code: 'mount-target-missing',
      message: `mount(): there is no element "${String(target)}".`,
    });
    return undefined;
  }
  const element = document.createElement('shield-campaign') as ShieldCampaign;
  if (typeof campaign === 'string') element.src = campaign;
  else element.data = campaign;
  for (const widget of widgets) element.append(document.createElement(`shield-${widget}`));
  host.append(element);
  return { element, unmount: () => element.remove() };
}
