import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { emulateMediaOrSkip, resetMedia } from '../../core/test/support/media.js';
import {
  backgroundBehind,
  describeControl,
  expectNotColourAlone,
  focusRing,
  parentOf,
  systemColours,
  visibleControls,
  warmUpAxe,
} from './support/display-modes.js';
import { mountState, widgetStates } from './support/widget-states.js';

// Every widget in its key states, in both directions, in forced colours (Windows High Contrast).
// A file of its own, apart from the other display modes (modes.test.ts), so that neither comes near
// the test runner's two minutes per file on a busy machine. Media emulation needs the DevTools
// protocol: these run in Chromium. Firefox's WebDriver BiDi has no media emulation (see
// scripts/wtr-commands.mjs), so there each test is skipped, saying so.

before(warmUpAxe);
afterEach(resetMedia);

describe('Display modes', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    describe(`forced colours (${dir})`, () => {
      for (const state of widgetStates) {
        it(`${state.widget}, ${state.name}: accessible, every control and focus ring in system colours and visible, nothing by colour alone`, async function () {
          await emulateMediaOrSkip(this, { features: { 'forced-colors': 'active' } });
          const page = await mountState(state, dir);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          await expect(page).to.be.accessible();
          const system = systemColours();
          const controls = visibleControls(page);
          expect(controls.length, 'controls on screen').to.be.greaterThan(0);
          for (const control of controls) {
            const what = describeControl(control);
            const style = getComputedStyle(control);
            const behind = backgroundBehind(control);
            expect(system, `${what}: text colour ${style.color}`).to.include(style.color);
            expect(system, `${what}: background ${behind}`).to.include(behind);
            const native = style.appearance !== 'none' && control.matches('input, select');
            const hasText = (control.textContent ?? '').trim() !== '';
            const border = ['Top', 'Right', 'Bottom', 'Left'].some(
              (side) =>
                style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
                parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
                style.getPropertyValue(`border-${side.toLowerCase()}-color`) !== behind,
            );
            // Drawn by the browser in system colours (a checkbox), or text or a border that differs
            // from what is behind it.
            expect(
              native || (hasText && style.color !== behind) || border,
              `${what} is visible (colour ${style.color} on ${behind})`,
            ).to.equal(true);
            const ring = focusRing(control);
            // The ring is drawn outside the control (outline-offset): against what is behind it.
            const around = backgroundBehind(parentOf(control)!);
            expect(ring.outlineStyle, `${what}: focus ring`).not.to.equal('none');
            expect(parseFloat(ring.outlineWidth), `${what}: focus ring width`).to.be.at.least(2);
            expect(system, `${what}: focus ring colour`).to.include(ring.outlineColor);
            expect(ring.outlineColor, `${what}: focus ring against ${around}`).not.to.equal(around);
            control.blur();
          }
          expectNotColourAlone(page, state.name);
        });
      }
    });
  }
});
