import * as React from 'react';
import { createComponent } from '@lit/react';
import { ShieldHelplineBanner as ShieldHelplineBannerElement } from '@shieldkit/helpline-banner';
import '@shieldkit/helpline-banner/define.js';
import { shieldError, shieldExit, type ShieldEventName } from './events.js';

/**
 * `<shield-helpline-banner>` as a React component: the right helplines for the reader's country
 * (and home country, for a displaced reader), with open-now computed on the device. Using it
 * registers the element (and `<shield-quick-exit>`, which it can show).
 *
 * Props are the element's properties (`country`, `origin`, `topic`, `helpline`, `position`,
 * `dismissible`, `quickExit`, `exitHref`, `fallbackHref`, `helplines`, `now`, `strings`). Children
 * are the no-JavaScript fallback.
 *
 * ```tsx
 * <ShieldHelplineBanner country="PL" origin="UA" onShieldHelplineContact={(e) => e.detail.channel} />
 * ```
 *
 * - `onShieldHelplineContact(event)`: a channel link was activated; `event.detail` is
 *   `{ helplineId, channel }` and nothing else.
 * - `onShieldExit(event)`: the banner's own quick exit (with `quickExit`) has started.
 * - `onShieldError(event)`: bad configuration; `event.detail` is `{ code, message }`.
 */
export const ShieldHelplineBanner = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-helpline-banner',
  elementClass: ShieldHelplineBannerElement,
  displayName: 'ShieldHelplineBanner',
  events: {
    onShieldHelplineContact:
      'shield-helpline-contact' as ShieldEventName<'shield-helpline-contact'>,
    onShieldExit: shieldExit,
    onShieldError: shieldError,
  },
});
