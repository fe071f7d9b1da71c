import * as React from 'react';
import { createComponent } from '@lit/react';
import { ShieldQuickExit as ShieldQuickExitElement } from '@shieldkit/quick-exit';
import '@shieldkit/quick-exit/define.js';
import { shieldError, shieldExit } from './events.js';

/**
 * `<shield-quick-exit>` as a React component: a link and a keyboard shortcut that leave the page at
 * once. Using it registers the element.
 *
 * Props are the element's properties (`href`, `position`, `shortcut`, `newTab`, `safetyInfo`,
 * `safetyHref`, `label`, `strings`). Children are the no-JavaScript fallback link.
 *
 * ```tsx
 * <ShieldQuickExit href="https://weather.example/" position="top" onShieldExit={() => {}}>
 *   <a href="https://weather.example/">Exit this page</a>
 * </ShieldQuickExit>
 * ```
 *
 * - `onShieldExit(event)`: the reader asked to leave; `event.detail.trigger` is `activation` or
 *   `shortcut`. It runs synchronously just before the page is hidden and left, so keep it short:
 *   everything it does delays hiding the page (call `event.preventDefault()` to cancel the exit).
 * - `onShieldError(event)`: bad configuration; `event.detail` is `{ code, message }`.
 */
export const ShieldQuickExit = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-quick-exit',
  elementClass: ShieldQuickExitElement,
  displayName: 'ShieldQuickExit',
  events: {
    onShieldExit: shieldExit,
    onShieldError: shieldError,
  },
});
