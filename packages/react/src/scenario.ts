import * as React from 'react';
import { createComponent } from '@lit/react';
import { ShieldScenario as ShieldScenarioElement } from '@shieldkit/scenario';
import '@shieldkit/scenario/define.js';
import { shieldError, type ShieldEventName } from './events.js';

/**
 * `<shield-scenario>` as a React component: a role-play scenario with safer and riskier choices
 * explained and a helpline at every ending. Using it registers the element.
 *
 * Props are the element's properties (`scenario`, `scenarios`, `country`, `noHelpline`,
 * `reportResults`, `headingLevel`, `strings`). Children are the no-JavaScript fallback and the
 * `help` slot.
 *
 * ```tsx
 * <ShieldScenario scenario="job-offer-online" country="PL" />
 * ```
 *
 * - `onShieldScenarioEnd(event)`: only with `reportResults`; `event.detail` is
 *   `{ scenarioId, ending }`, never the choices.
 * - `onShieldError(event)`: an unknown or broken scenario; `event.detail` is `{ code, message }`.
 */
export const ShieldScenario = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-scenario',
  elementClass: ShieldScenarioElement,
  displayName: 'ShieldScenario',
  events: {
    onShieldScenarioEnd: 'shield-scenario-end' as ShieldEventName<'shield-scenario-end'>,
    onShieldError: shieldError,
  },
});
