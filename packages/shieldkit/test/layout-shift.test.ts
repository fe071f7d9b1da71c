import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { rendered } from '../../core/test/support/rendered.js';

// Upgrading must not move what is around a widget (issue #21): on a page that follows the
// README's reserve CSS, each fallback takes the upgraded widget's place. Each page is opened twice
// in the same frame, as a phone of that width shows it: first as it stands before the CDN script
// has run (the page's HTML and CSS, scripts allowed but not yet loaded), then after the script has
// been added and every widget has rendered its final content. No timing: every wait is for a
// condition. `npm test` builds the CDN file first.

const cdnFile = '/packages/shieldkit/dist/shieldkit.js';

type Upgrading = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/**
 * The page at `path`, in a frame `width` × 823 px, without its scripts: every Shieldkit element in
 * it is still undefined and shows its fallback, exactly as before the CDN file arrives.
 */
async function beforeUpgrade(path: string, width: number): Promise<HTMLIFrameElement> {
  const source = await (await fetch(path)).text();
  const page = new DOMParser().parseFromString(source, 'text/html');
  for (const script of page.querySelectorAll('script[src]')) script.remove();
  const base = page.createElement('base');
  base.href = new URL(path, location.href).href;
  page.head.prepend(base);
  // Absolute stylesheet URLs: Firefox's preloader would fetch them before it reads the base.
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[href]'))
    link.setAttribute('href', new URL(link.getAttribute('href')!, base.href).href);
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      title=${path}
      style="border: 0; inline-size: ${width}px; block-size: 823px"
      srcdoc=${`<!doctype html>\n${page.documentElement.outerHTML}`}
    ></iframe>`,
  );
  await waitUntil(
    () =>
      frame.contentDocument?.readyState === 'complete' &&
      frame.contentDocument.querySelector('main') !== null,
    `${path} did not load`,
  );
  // The page's stylesheet applies before anything is measured.
  await waitUntil(() =>
    [...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every(
      (link) => link.sheet !== null,
    ),
  );
  return frame;
}

/** What each widget shows once it has its final content (not "Loading…", not the fallback). */
const READY: Record<string, string> = {
  'shield-quick-exit': '[part~="button"]',
  'shield-helpline-banner': '[part~="helpline"], [part~="fallback"]',
  'shield-red-flag-checklist': 'input[type="checkbox"]',
  'shield-story-carousel': '[part~="slide"]',
  'shield-scenario': '[part~="intro"]',
};

/**
 * Adds the CDN script to the frame and waits until every widget in it shows its final content
 * (`ready` overrides what that is for a tag), in the page's language.
 */
async function upgrade(
  frame: HTMLIFrameElement,
  ready: Record<string, string> = {},
): Promise<void> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = cdnFile;
  doc.head.append(script);
  const lang = doc.documentElement.lang;
  // A campaign file's settings first: the widgets render again with them.
  const campaign = doc.querySelector<HTMLElement & { campaign?: object }>('shield-campaign');
  if (campaign)
    await waitUntil(() => campaign.campaign !== undefined, 'the campaign was not read', {
      timeout: 8000,
    });
  for (const [tag, selector] of Object.entries({ ...READY, ...ready })) {
    const elements = () => [...doc.querySelectorAll<Upgrading>(tag)];
    const done = (element: Upgrading) =>
      element.hasUpdated === true &&
      element.shadowRoot!.querySelector(selector) !== null &&
      element.shadowRoot!.querySelector(`[lang="${lang}"]`) !== null;
    await waitUntil(() => elements().every(done), `${tag} did not upgrade`, { timeout: 8000 });
  }
  // Every render that the last ones started (a nested quick exit, a re-render with the campaign).
  await rendered(doc.body);
}

/** Heights and page positions of every element the selectors name. */
function layout(frame: HTMLIFrameElement, selectors: string[]): Record<string, number> {
  const doc = frame.contentDocument!;
  const top = doc.scrollingElement!.scrollTop;
  return Object.fromEntries(
    selectors.flatMap((selector) => {
      const elements = [...doc.querySelectorAll(selector)];
      if (elements.length === 0) throw new Error(`${selector} is not on the page`);
      return elements.flatMap((element, i) => {
        const box = element.getBoundingClientRect();
        const name = elements.length > 1 ? `${selector} ${i + 1}` : selector;
        return [
          [`${name} height`, Math.round(box.height * 10) / 10],
          [`${name} top`, Math.round((box.top + top) * 10) / 10],
        ];
      });
    }),
  );
}

describe('no layout shift when the widgets upgrade', () => {
  for (const width of [320, 412]) {
    it(`the demo's quick exit with its safety note keeps its height at ${width} px`, async function () {
      this.timeout(15000);
      const frame = await beforeUpgrade('/examples/index.html', width);
      const measured = ['shield-quick-exit', 'main'];
      const before = layout(frame, measured);
      // The fallback is the bar with its note, not a bare link.
      expect(before['shield-quick-exit height']).to.be.above(100);
      await upgrade(frame, { 'shield-quick-exit': '[part~="safety-info"]' });
      const exit = frame.contentDocument!.querySelector('shield-quick-exit')!;
      expect(exit.shadowRoot!.querySelector('[part~="safety-info"]')!.textContent).to.contain(
        'does not delete your browsing history',
      );
      expect(layout(frame, measured)).to.deep.equal(before);
    });
  }

  for (const width of [320, 412, 768]) {
    it(`nothing on the demo page moves when every widget has upgraded, at ${width} px`, async function () {
      this.timeout(20000);
      const frame = await beforeUpgrade('/examples/index.html', width);
      const measured = [
        'shield-quick-exit',
        'shield-helpline-banner',
        'shield-red-flag-checklist',
        'shield-story-carousel',
        'shield-scenario',
        '#examples-heading',
      ];
      const before = layout(frame, measured);
      await upgrade(frame, { 'shield-helpline-banner': '[part~="helpline"]' });
      expect(layout(frame, measured)).to.deep.equal(before);
    });
  }

  // The other examples, as agencies copy them: every widget and what follows the last one.
  const examples = [
    '/examples/cdn-script-tag/',
    '/examples/campaign-ukraine-poland/',
    '/examples/rtl-arabic/',
    '/examples/strict-csp/',
  ];
  for (const path of examples) {
    for (const width of [320, 412, 768]) {
      it(`nothing moves on ${path} when its widgets upgrade, at ${width} px`, async function () {
        this.timeout(20000);
        const frame = await beforeUpgrade(path, width);
        const doc = frame.contentDocument!;
        const tags = Object.keys(READY).filter((tag) => doc.querySelector(tag));
        const after = doc.createElement('p');
        after.id = 'after-the-widgets';
        after.textContent = 'What follows the widgets.';
        doc.querySelector('main')!.append(after);
        const measured = [...tags, '#after-the-widgets'];
        const before = layout(frame, measured);
        await upgrade(frame);
        expect(layout(frame, measured)).to.deep.equal(before);
      });
    }
  }
});
