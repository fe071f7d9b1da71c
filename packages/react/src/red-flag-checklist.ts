import * as React from 'react';
import { createComponent } from '@lit/react';
import { ShieldRedFlagChecklist as ShieldRedFlagChecklistElement } from '@shieldkit/red-flag-checklist';
import '@shieldkit/red-flag-checklist/define.js';
import { shieldError, shieldExit, type ShieldEventName } from './events.js';

/**
 * `<shield-red-flag-checklist>` as a React component: a checklist of trafficking red flags that
 * never stores or sends the answers and always routes to help. Using it registers the element.
 *
 * Props are the element's properties (`set`, `items`, `removeItems`, `thresholds`, `someThreshold`,
 * `urgentThreshold`, `country`, `quickExit`, `printable`, `headingLevel`, `strings`). Children are the
 * no-JavaScript fallback and the `help` slot.
 *
 * ```tsx
 * <ShieldRedFlagChecklist set="job-offer" country="PL" onShieldChecklistResult={(e) => e.detail.level} />
 * ```
 *
 * - `onShieldChecklistResult(event)`: the level settled after a change; `event.detail` is
 *   `{ set, level }`, never the answers.
 * - `onShieldExit(event)`: the checklist's quick exit (with `quickExit`) has started.
 * - `onShieldError(event)`: bad configuration; `event.detail` is `{ code, message }`.
 */
export const ShieldRedFlagChecklist = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-red-flag-checklist',
  elementClass: ShieldRedFlagChecklistElement,
  displayName: 'ShieldRedFlagChecklist',
  events: {
    onShieldChecklistResult:
      'shield-checklist-result' as ShieldEventName<'shield-checklist-result'>,
    onShieldExit: shieldExit,
    onShieldError: shieldError,
  },
});
