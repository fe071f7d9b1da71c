import '../../core/test/support/safety-guard.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pickLanguage } from '@shieldkit/core';
import { languages, loadLocale, registerLocale, type Strings } from '../src/index.js';
import pseudo, { EXPANSION, englishTree, pseudoLocalize, pseudoTree } from '../src/pseudo.js';
import '../../quick-exit/src/define.js';
import '../../helpline-banner/src/define.js';
import '../../red-flag-checklist/src/define.js';
import '../../story-carousel/src/define.js';

// The pseudo-locale is registered by tests and Storybook only: it is never in the CDN file.
registerLocale('en-XA', () => import('../src/pseudo.js'));

const ACCENTED = /[äéøîüåçðñšţŕýžĝĥĵķļɱþǫṽŵẋƀƒÅÉØÎÜÇÐÑŠŢŔÝŽ]/;
/** A minimum touch target: WCAG 2.5.5 (44 × 44 CSS px), what a shaking thumb on a cheap phone needs. */
const TARGET = 44;

/** Leaves of a tree, in order. */
const leaves = (tree: Strings): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

describe('pseudo-locale en-XA: the strings', () => {
  it('accents letters, wraps in brackets and is about 40 % longer', () => {
    expect(pseudoLocalize('Exit this page')).to.equal('[Éẋîţ ţĥîš þäĝé öñé ţŵø]');
    for (const text of leaves(englishTree)) {
      const out = pseudoLocalize(text);
      expect(out, text).to.match(/^\[.*\]$/s);
      // Placeholders are not text a reader sees: the 40 % is of the rest.
      const visible = text.replace(/\{\{[^}]*\}\}/g, '').length;
      const added = out.length - 2 - text.length;
      expect(added, text).to.be.at.least(visible * EXPANSION);
      expect(added, text).to.be.below(visible * EXPANSION + 8);
      if (/[a-z]/i.test(text.replace(/\{\{[^}]*\}\}/g, ''))) expect(out, text).to.match(ACCENTED);
    }
  });

  it('keeps placeholders and link targets exactly as they are', () => {
    expect(pseudoLocalize('{{key}}: press {{count}} more times')).to.equal(
      '[{{key}}: þŕéšš {{count}} ɱøŕé ţîɱéš öñé ţŵø]',
    );
    expect(pseudoLocalize('Lines: {{count, number}}')).to.contain('{{count, number}}');
    expect(pseudoLocalize('See [the guide](https://example.org/safe)')).to.contain(
      '](https://example.org/safe)',
    );
  });

  it('covers the whole English tree, widget strings and checklist items included', () => {
    const tree = pseudo.strings;
    expect(Object.keys(tree).sort()).to.deep.equal(Object.keys(englishTree).sort());
    expect(leaves(tree)).to.have.length(leaves(englishTree).length);
    const checklist = tree['checklist'] as Strings;
    expect(checklist['items']).to.be.an('object');
    expect(checklist['why']).to.be.an('object');
    expect(tree['stories']).to.be.an('object');
    expect(pseudoTree({ a: { b: 'Call' } })).to.deep.equal({ a: { b: '[Çäļļ öñé]' } });
  });

  it('is a shipped language: listed, loaded lazily, picked exactly', async () => {
    expect(languages).to.include('en-XA');
    expect(await loadLocale('en-XA')).to.equal(pseudo);
    expect(pseudo.meta).to.deep.equal({
      code: 'en-XA',
      name: 'Pseudo (en-XA)',
      englishName: 'Pseudo-locale',
      dir: 'ltr',
      status: 'machine',
    });
    expect(pickLanguage('en-XA')).to.deep.equal({ language: 'en-XA', supported: true });
    expect(pickLanguage('en-xa')).to.deep.equal({ language: 'en-XA', supported: true });
    expect(pickLanguage('en-US')).to.deep.equal({ language: 'en', supported: true });
  });
});

/** Every element of a shadow tree, nested shadow roots included. */
function deepElements(root: ShadowRoot | Element): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? deepElements(el.shadowRoot) : []),
  ]);
}

/** Text a sighted reader sees: hidden, clipped (visually hidden) or empty boxes do not count. */
function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.clipPath === 'none' && style.clip === 'auto';
}

const ownText = (el: Element) =>
  [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());

const shadowText = (el: Element) =>
  deepElements(el.shadowRoot!)
    .map((node) =>
      node.shadowRoot
        ? ''
        : [...node.childNodes]
            .map((c) => (c.nodeType === Node.TEXT_NODE ? c.textContent : ''))
            .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ');

/** Problems a reader with a 320 px wide screen would meet, one line each. */
function layoutProblems(host: HTMLElement, box: HTMLElement): string[] {
  const found: string[] = [];
  const edge = box.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth)
    found.push(`host scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
  for (const el of deepElements(host.shadowRoot!)) {
    if (!isVisible(el)) continue;
    const name = `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
    const rect = el.getBoundingClientRect();
    if (ownText(el) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      found.push(
        `${name} overflows: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`,
      );
    if (rect.left < edge.left - 1 || rect.right > edge.right + 1)
      found.push(`${name} sticks out of the 320 px column: ${rect.left}…${rect.right}`);
    if (el.matches('a[href], button, [role=button], summary') && rect.height < TARGET)
      found.push(`${name} "${el.textContent!.trim().slice(0, 30)}" is ${rect.height} px tall`);
  }
  return found;
}

/** English UI sentences that would still be on screen if a string bypassed the language. */
const englishSentences = leaves(englishTree).filter(
  (text) => text.length >= 12 && !text.includes('{{'),
);

const STORIES = [
  { id: 'a', heading: 'Heading a', body: 'Body of a.', consent: { given: '2024-01-01' } },
  { id: 'b', heading: 'Heading b', body: 'Body of b.', consent: { given: '2024-01-01' } },
];

const widgets = {
  'quick exit': () => html`<shield-quick-exit></shield-quick-exit>`,
  'helpline banner (US)': () =>
    html`<shield-helpline-banner country="US"></shield-helpline-banner>`,
  'red-flag checklist': () => html`<shield-red-flag-checklist></shield-red-flag-checklist>`,
  'story carousel (2 stories)': () =>
    html`<shield-story-carousel .stories=${STORIES}></shield-story-carousel>`,
};

describe('pseudo-locale en-XA: every widget in a 320 px column', () => {
  for (const [name, template] of Object.entries(widgets)) {
    it(`${name}: pseudo text, nothing overflows, targets ≥ ${TARGET} px`, async () => {
      const box = await fixture<HTMLElement>(
        html`<div lang="en-XA" style="inline-size: 320px; box-sizing: border-box">
          ${template()}
        </div>`,
      );
      const host = box.firstElementChild as HTMLElement;
      await waitUntil(
        () =>
          host.shadowRoot &&
          (shadowText(host).match(/\[/g) ?? []).length >= 1 &&
          !shadowText(host).includes('Loading'),
        `${name} never showed pseudo text: "${host.shadowRoot ? shadowText(host) : ''}"`,
        { timeout: 3000 },
      );
      // The checklist's items arrive after its UI strings: wait until they are pseudo too.
      if (host.localName === 'shield-red-flag-checklist')
        await waitUntil(() => host.shadowRoot!.querySelector('fieldset'), 'no checklist items');
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const text = shadowText(host);
      expect(text).to.match(ACCENTED);
      const english = englishSentences.filter((sentence) => text.includes(sentence));
      expect(english, 'English left on screen').to.deep.equal([]);
      const found = layoutProblems(host, box);
      expect(found, `${name}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
    });
  }
});
