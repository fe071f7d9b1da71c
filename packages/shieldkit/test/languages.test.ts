import '../../core/test/support/safety-guard.js';
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './support/pages.js';
import type { Strings } from '@shieldkit/locales';
import en from '@shieldkit/locales/languages/en.js';
import enChecklist from '@shieldkit/locales/languages/en-checklist.js';
import enStories from '@shieldkit/locales/languages/en-stories.js';
import ar from '@shieldkit/locales/languages/ar.js';
import uk from '@shieldkit/locales/languages/uk.js';

// Languages as an agency's page meets them, with the built CDN file (packages/shieldkit/dist/
// shieldkit.js; `npm test` builds it first): a page downloads only its own language, and changing
// `<html lang>` re-renders every widget in the new language without a reload.

const fixturePage = (file: string) =>
  openPage(new URL(`./fixtures/${file}`, import.meta.url), 1600);

/** A string of a tree by its dotted key. */
const at = (tree: Strings, key: string): string =>
  key.split('.').reduce<Strings | string>((node, part) => (node as Strings)[part]!, tree) as string;

/** One string per widget that its default render shows, so the language on screen can be told. */
const SENTINELS: Record<string, string> = {
  'shield-quick-exit': 'quickExit.label',
  'shield-helpline-banner': 'helplineBanner.title',
  'shield-red-flag-checklist': 'checklist.sets.job-offer.title',
  'shield-story-carousel': 'stories.next',
};
const english: Strings = { ...en.strings, ...enChecklist, ...enStories };

const shadowText = (el: Element | null) =>
  (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The tags whose shadow root does not yet show `tree`'s sentinel string (all shown: empty). */
function notShowing(frame: HTMLIFrameElement, tags: string[], tree: Strings): string[] {
  return tags.filter((tag) => {
    const text = shadowText(frame.contentDocument!.querySelector(tag));
    return !text.includes(at(tree, SENTINELS[tag]!));
  });
}

/** Waits until every tag shows `tree`'s language; on time-out, names the widgets that do not. */
async function showing(
  frame: HTMLIFrameElement,
  tags: string[],
  tree: Strings,
  language: string,
  timeout: number,
): Promise<void> {
  try {
    await waitUntil(() => notShowing(frame, tags, tree).length === 0, '', { timeout });
  } catch {
    throw new Error(`not in ${language}: ${notShowing(frame, tags, tree).join(', ')}`);
  }
}

/** Paths of the language files (`/dist/locales/*.js`) the page has downloaded so far. */
const localeFiles = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/dist\/locales\/[^/]+\.js$/.test(path));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('languages in the CDN file', () => {
  it('a page in Ukrainian downloads the Ukrainian file and no other', async function () {
    this.timeout(8000);
    const frame = await fixturePage('lang-uk.html');
    const tags = ['shield-quick-exit', 'shield-helpline-banner'];
    await waitUntil(() => notShowing(frame, tags, uk.strings).length === 0, 'not in Ukrainian', {
      timeout: 5000,
    });
    // Anything else a widget would fetch has started by now: give it time to show in the timeline.
    await sleep(300);
    expect(localeFiles(frame)).to.deep.equal(['/packages/shieldkit/dist/locales/uk.js']);
  });

  it('a page in English downloads no language file at all', async function () {
    this.timeout(8000);
    const frame = await fixturePage('lang-en.html');
    const tags = ['shield-quick-exit', 'shield-helpline-banner'];
    await waitUntil(() => notShowing(frame, tags, english).length === 0, 'not in English', {
      timeout: 5000,
    });
    await sleep(300);
    expect(localeFiles(frame)).to.deep.equal([]);
  });

  it('changing <html lang> to Arabic and back re-renders every widget, direction included', async function () {
    this.timeout(12000);
    const frame = await fixturePage('lang-switch.html');
    const doc = frame.contentDocument!;
    const tags = Object.keys(SENTINELS);
    const directions = () =>
      tags.map((tag) =>
        doc.querySelector(tag)!.shadowRoot!.querySelector('[part=base]')?.getAttribute('dir'),
      );
    await showing(frame, tags, english, 'English', 5000);
    expect(directions()).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);

    doc.documentElement.setAttribute('lang', 'ar');
    await showing(frame, tags, ar.strings, 'Arabic', 3000);
    expect(directions()).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl']);
    for (const tag of tags)
      expect(shadowText(doc.querySelector(tag)), tag).not.to.contain(at(english, SENTINELS[tag]!));
    // Arabic's own file and nothing else (the English checklist items came with the English page).
    expect(localeFiles(frame)).to.have.members([
      '/packages/shieldkit/dist/locales/checklist-en.js',
      '/packages/shieldkit/dist/locales/ar.js',
    ]);
    expect(frame.contentWindow!.location.href).to.contain('lang-switch.html');

    doc.documentElement.setAttribute('lang', 'en');
    await showing(frame, tags, english, 'English', 3000);
    expect(directions()).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
    for (const tag of tags)
      expect(shadowText(doc.querySelector(tag)), tag).not.to.contain(
        at(ar.strings, SENTINELS[tag]!),
      );
  });
});
