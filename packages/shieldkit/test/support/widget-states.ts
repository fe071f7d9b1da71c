import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { rendered } from '../../../core/test/support/rendered.js';
import type { Story } from '@shieldkit/story-carousel';
import '../../src/define.js';

/** Every element inside `root`, also inside open shadow roots, in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.shadowRoot) found.push(...deepElements(root.shadowRoot));
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The first element matching `selector`, looking inside open shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T | undefined {
  return deepElements(root).find((element) => element.matches(selector)) as T | undefined;
}

const FIELD = new URL('../../../story-carousel/test/fixtures/field.svg', import.meta.url).href;
const story = (id: string, extra: Partial<Story> = {}): Story => ({
  id,
  heading: `Heading ${id}`,
  body: `Body of ${id}.`,
  consent: { given: '2024-01-01' },
  ...extra,
});
/** Invented, clearly fictional stories: one with an image, one behind a content note. */
const stories = (): Story[] => [
  story('a', { image: { src: FIELD, alt: 'A field at dusk' }, name: 'Amal', pseudonym: true }),
  story('w', { warning: 'Mentions threats', quote: 'Ask first.' }),
  story('c'),
];
/** A fixed clock, so that dates in the stories and the banner never change a snapshot. */
const NOW = new Date('2026-11-30T09:00:00Z');

const part = (root: Element, name: string) => deepQuery<HTMLElement>(root, `[part~="${name}"]`)!;

export type Widget =
  'quick-exit' | 'helpline-banner' | 'red-flag-checklist' | 'story-carousel' | 'scenario';

/** One key state of one widget: how to render it and what the reader does to get there. */
export interface WidgetState {
  widget: Widget;
  /** For test names and snapshot file names: lower case words and dashes. */
  name: string;
  template: () => TemplateResult;
  act?: (el: HTMLElement) => Promise<unknown> | unknown;
}

export const widgetStates: readonly WidgetState[] = [
  {
    widget: 'quick-exit',
    name: 'inline',
    template: () => html`<shield-quick-exit></shield-quick-exit>`,
  },
  {
    widget: 'quick-exit',
    name: 'top-bar-with-safety-info',
    template: () =>
      html`<shield-quick-exit
        position="top"
        safety-info
        safety-href="https://agency.example/"
      ></shield-quick-exit>`,
  },
  {
    widget: 'quick-exit',
    name: 'shortcut-in-progress',
    template: () => html`<shield-quick-exit></shield-quick-exit>`,
    act: () => {
      for (const type of ['keydown', 'keyup'])
        document.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft' }));
    },
  },
  {
    widget: 'helpline-banner',
    name: 'one-country',
    template: () =>
      html`<shield-helpline-banner
        country="US"
        dismissible
        quick-exit
        .now=${NOW}
      ></shield-helpline-banner>`,
  },
  {
    // The sources behind "Last checked": links that show only once the reader opens the disclosure.
    widget: 'helpline-banner',
    name: 'sources-open',
    template: () =>
      html`<shield-helpline-banner country="US" .now=${NOW}></shield-helpline-banner>`,
    act: (el) => {
      (part(el, 'checked') as HTMLDetailsElement).open = true;
    },
  },
  {
    widget: 'helpline-banner',
    name: 'displacement',
    template: () =>
      html`<shield-helpline-banner country="PL" origin="UA" .now=${NOW}></shield-helpline-banner>`,
  },
  {
    widget: 'helpline-banner',
    name: 'no-country',
    template: () => html`<shield-helpline-banner .now=${NOW}></shield-helpline-banner>`,
  },
  {
    widget: 'helpline-banner',
    name: 'dismissed',
    template: () =>
      html`<shield-helpline-banner country="US" dismissible .now=${NOW}></shield-helpline-banner>`,
    act: (el) => part(el, 'dismiss').click(),
  },
  {
    widget: 'red-flag-checklist',
    name: 'nothing-ticked',
    template: () =>
      html`<shield-red-flag-checklist set="job-offer" country="UA"></shield-red-flag-checklist>`,
  },
  {
    widget: 'red-flag-checklist',
    name: 'urgent-with-sources-open',
    template: () =>
      html`<shield-red-flag-checklist set="job-offer" country="UA"></shield-red-flag-checklist>`,
    act: async (el) => {
      const boxes = deepElements(el).filter((e) => e.matches('[part=checkbox]')) as HTMLElement[];
      boxes[0]!.click();
      boxes.at(-1)!.click();
      (part(el, 'sources') as HTMLDetailsElement).open = true;
    },
  },
  {
    widget: 'story-carousel',
    name: 'first-story',
    template: () =>
      html`<shield-story-carousel .now=${NOW} .stories=${stories()}></shield-story-carousel>`,
  },
  {
    widget: 'story-carousel',
    name: 'content-note',
    template: () =>
      html`<shield-story-carousel .now=${NOW} .stories=${stories()}></shield-story-carousel>`,
    act: (el) => part(el, 'next').click(),
  },
  {
    widget: 'story-carousel',
    name: 'rotation-paused',
    template: () =>
      html`<shield-story-carousel
        autoplay
        .now=${NOW}
        .stories=${stories()}
      ></shield-story-carousel>`,
    act: (el) => part(el, 'rotation').click(),
  },
  {
    widget: 'story-carousel',
    name: 'list-view',
    template: () =>
      html`<shield-story-carousel list .now=${NOW} .stories=${stories()}></shield-story-carousel>`,
  },
  {
    widget: 'scenario',
    name: 'start',
    template: () => html`<shield-scenario scenario="job-offer-online"></shield-scenario>`,
  },
  {
    widget: 'scenario',
    name: 'feedback',
    template: () => html`<shield-scenario scenario="job-offer-online"></shield-scenario>`,
    act: async (el) => {
      part(el, 'start-button').click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      part(el, 'choice').click();
    },
  },
  {
    widget: 'scenario',
    name: 'ending',
    template: () => html`<shield-scenario scenario="transit-offer" country="UA"></shield-scenario>`,
    act: async (el) => {
      const step = async (name: string) => {
        part(el, name).click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      };
      // Start, then the first choice twice: the riskier ending.
      await step('start-button');
      for (let i = 0; i < 2; i++) {
        await step('choice');
        await step('continue-button');
      }
      await rendered(el);
    },
  },
];

/** True once every Shield element inside `root` shows `lang` (not English while it loads). */
function showsLanguage(root: Element, lang: string): boolean {
  const shields = [root, ...deepElements(root)].filter((e) => e.localName.startsWith('shield-'));
  return shields.every((shield) => {
    const languageRoot = shield.shadowRoot?.querySelector('[lang]');
    return languageRoot?.getAttribute('lang')?.startsWith(lang) === true;
  });
}

/**
 * Renders a state inside `<main lang dir data-ax-root>` (what the accessibility snapshot reads),
 * waits until every widget has rendered in the language, does the reader's action, and waits for
 * the renders and animations it causes. Resolves with the `<main>`.
 */
export async function mountState(
  state: WidgetState,
  dir: 'ltr' | 'rtl',
  style = '',
): Promise<HTMLElement> {
  const lang = dir === 'rtl' ? 'ar' : 'en';
  const page = await fixture<HTMLElement>(
    html`<main lang=${lang} dir=${dir} data-ax-root style=${style}>${state.template()}</main>`,
  );
  const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await rendered(page);
  await waitUntil(() => showsLanguage(el, lang), `${state.name} never showed ${lang}`);
  // The checklist's item texts arrive in a file of their own: wait until they are on screen.
  await waitUntil(
    () => !deepQuery(el, '[part~="loading"]'),
    `${state.name} never finished loading its texts`,
  );
  if (state.act) {
    await state.act(el);
    await el.updateComplete;
    await rendered(page);
  }
  await Promise.all(
    [el, ...deepElements(el)]
      .flatMap((e) => (e.shadowRoot ? e.shadowRoot.getAnimations() : []))
      .map((animation) => animation.finished),
  );
  return page;
}
