import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, emulateMediaOrSkip, resetMedia } from '../../core/test/support/media.js';
import { deepElements, deepQuery, mountState, widgetStates } from './support/widget-states.js';

// Every widget in its key states, in both directions, under the display modes readers set:
// forced colours (Windows High Contrast), more contrast, a dark page, reduced motion.
// Media emulation needs the DevTools protocol: these run in Chromium. Firefox's WebDriver BiDi has
// no media emulation (see scripts/wtr-commands.mjs), so there each test is skipped, saying so.

afterEach(resetMedia);

const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
];

/** The computed value of every CSS system colour in the current mode. */
function systemColours(): Set<string> {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  const values = new Set(
    SYSTEM_COLOURS.map((keyword) => {
      probe.style.color = keyword;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  return values;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const opaque = (colour: string) => colour !== TRANSPARENT && !/,\s*0\)$/.test(colour);

/** The parent of `element` in the flat tree the reader sees (across shadow roots). */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour painted behind `element`: the nearest opaque background, or the page's canvas. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (opaque(colour)) return colour;
  }
  return canvas();
}

/** The page's own background where nothing is painted: the Canvas system colour. */
function canvas(): string {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const CONTROLS =
  'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * The controls a reader can see and reach (not hidden, not clipped to nothing, not inside a closed
 * `<details>`). `checkVisibility()` is needed for the last: Chromium still lays out the content of a
 * closed disclosure (its slot has `content-visibility: hidden`), so a link in it has a box and
 * `visibility: visible`, yet is neither shown nor focusable.
 */
function visibleControls(page: HTMLElement): HTMLElement[] {
  return deepElements(page).filter((element): element is HTMLElement => {
    if (!element.matches(CONTROLS) || !(element instanceof HTMLElement)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && element.checkVisibility({ visibilityProperty: true });
  });
}

/** The element with focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const describeControl = (control: Element) =>
  `<${control.localName} part="${control.getAttribute('part') ?? ''}"> "${(control.textContent ?? '').trim().slice(0, 40)}"`;

/** Focuses `control` as a keyboard user would and returns its focus ring. */
function focusRing(control: HTMLElement): CSSStyleDeclaration {
  control.focus({ focusVisible: true } as FocusOptions);
  // Compared as a boolean: a failed assertion holding elements as `actual`/`expected` cannot be sent
  // to the test runner (DataCloneError), and the file then never reports at all.
  const active = deepActive();
  expect(
    active === control,
    `${describeControl(control)} takes focus (focus is on ${active ? describeControl(active) : 'nothing'})`,
  ).to.equal(true);
  expect(control.matches(':focus-visible'), `${describeControl(control)} shows focus`).to.equal(
    true,
  );
  return getComputedStyle(control);
}

/**
 * Things the widgets show by more than colour: checked the same way in every mode where colours
 * change, by what changes besides hue (a fill, a shape, a word, a weight).
 */
function expectNotColourAlone(page: HTMLElement, name: string): void {
  /** Painted in a colour other than what is behind it (a fill, not a hue). */
  const filled = (element: Element, pseudo?: string) => {
    const colour = getComputedStyle(element, pseudo).backgroundColor;
    const behind = pseudo ? backgroundBehind(element) : backgroundBehind(parentOf(element)!);
    return opaque(colour) && colour !== behind;
  };
  if (name === 'shortcut-in-progress') {
    const lights = deepElements(page).filter((e) => e.matches('.light'));
    const on = lights.filter((light) => light.hasAttribute('data-on'));
    expect(on.length, 'lights on').to.be.within(1, lights.length - 1);
    for (const light of lights) {
      expect(filled(light), 'a light on is filled, a light off is hollow').to.equal(
        light.hasAttribute('data-on'),
      );
    }
    // The progress is also in words, in the status region.
    expect(deepQuery(page, '[role=status]')!.textContent).to.match(/\S/);
  }
  for (const pick of deepElements(page).filter((e) => e.matches('[part~=pick]'))) {
    const current = pick.getAttribute('aria-current') === 'true';
    expect(
      filled(pick, '::before'),
      'the current story’s dot is filled, the others hollow',
    ).to.equal(current);
  }
  const toggle = deepQuery(page, '[part~=list-toggle]');
  if (toggle?.getAttribute('aria-pressed') === 'true') {
    expect(filled(toggle), 'a pressed toggle is filled').to.equal(true);
  }
  const result = deepQuery(page, '[part=result]');
  if (result?.getAttribute('data-level') === 'urgent') {
    expect(Number(getComputedStyle(result).fontWeight), 'urgent result is bold').to.be.at.least(
      700,
    );
  }
}

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
