import { expect, fixture, html } from '@open-wc/testing';
import { deepElements, deepQuery } from './widget-states.js';

// What the display-mode tests (forced-colours.test.ts, modes.test.ts) check in each widget state.

/**
 * A `before` hook: axe-core's first run in a page sets itself up, which takes seconds on a busy
 * machine (4.5 s here with the machine at a load of 20). Done once with time for it, so that the
 * first state's test does not spend its 10 s on it.
 */
export async function warmUpAxe(this: Mocha.Context): Promise<void> {
  this.timeout(60000);
  await expect(await fixture(html`<p lang="en">Display modes</p>`)).to.be.accessible();
}

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
export function systemColours(): Set<string> {
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
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour painted behind `element`: the nearest opaque background, or the page's canvas. */
export function backgroundBehind(element: Element): string {
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
export function visibleControls(page: HTMLElement): HTMLElement[] {
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

export const describeControl = (control: Element) =>
  `<${control.localName} part="${control.getAttribute('part') ?? ''}"> "${(control.textContent ?? '').trim().slice(0, 40)}"`;

/** Focuses `control` as a keyboard user would and returns its focus ring. */
export function focusRing(control: HTMLElement): CSSStyleDeclaration {
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
export function expectNotColourAlone(page: HTMLElement, name: string): void {
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
