import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, emulateMediaOrSkip, resetMedia } from '../../core/test/support/media.js';
import {
  describeControl,
  expectNotColourAlone,
  focusRing,
  visibleControls,
  warmUpAxe,
} from './support/display-modes.js';
import { deepElements, deepQuery, mountState, widgetStates } from './support/widget-states.js';

// Every widget in its key states, in both directions, under the other display modes readers set:
// more contrast, a dark page, reduced motion (forced colours: forced-colours.test.ts).
// Media emulation needs the DevTools protocol: these run in Chromium. Firefox's WebDriver BiDi has
// no media emulation (see scripts/wtr-commands.mjs), so there each test is skipped, saying so; the
// dark page is dark all the same.

before(warmUpAxe);
afterEach(resetMedia);

describe('Display modes', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    describe(`more contrast (${dir})`, () => {
      for (const state of widgetStates) {
        it(`${state.widget}, ${state.name}: accessible, a solid focus ring on every control`, async function () {
          await emulateMediaOrSkip(this, { features: { 'prefers-contrast': 'more' } });
          const page = await mountState(state, dir);
          expect(matchMedia('(prefers-contrast: more)').matches).to.equal(true);
          await expect(page).to.be.accessible();
          for (const control of visibleControls(page)) {
            const ring = focusRing(control);
            expect(ring.outlineStyle, describeControl(control)).to.equal('solid');
            expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
            control.blur();
          }
          expectNotColourAlone(page, state.name);
        });
      }
    });

    describe(`dark host page (${dir})`, () => {
      // Widgets keep their own light surfaces on a dark page (see DESIGN.md, "Display modes").
      const darkPage = 'background: #121212; color: #ededed; color-scheme: dark; padding: 1rem';
      for (const state of widgetStates) {
        it(`${state.widget}, ${state.name}: legible (axe colour contrast) on a dark page in dark mode`, async () => {
          // Where the browser cannot emulate dark mode (Firefox), the page is dark all the same.
          if (await emulateMedia({ features: { 'prefers-color-scheme': 'dark' } }))
            expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          const page = await mountState(state, dir, darkPage);
          await expect(page).to.be.accessible();
        });
      }
    });
  }

  describe('reduced motion', () => {
    const seconds = (value: string) =>
      Math.max(
        ...value
          .split(',')
          .map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))),
      );
    // With reduced motion there is no rotation, so no "rotation paused" state to reach.
    for (const state of widgetStates.filter((s) => s.name !== 'rotation-paused')) {
      it(`${state.widget}, ${state.name}: nothing moves`, async function () {
        await emulateMediaOrSkip(this, { features: { 'prefers-reduced-motion': 'reduce' } });
        const page = await mountState(state, 'ltr');
        for (const element of deepElements(page)) {
          const style = getComputedStyle(element);
          const what = describeControl(element);
          if (style.animationName !== 'none') {
            expect(seconds(style.animationDuration), `${what}: animation`).to.be.at.most(0.00001);
          }
          expect(seconds(style.transitionDuration), `${what}: transition`).to.be.at.most(0.00001);
        }
        expect(deepQuery(page, '[part~=rotation]'), 'no rotation control').to.equal(undefined);
      });
    }
  });
});
