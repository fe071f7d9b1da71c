import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONTRAST_PAIRS, contrastRatio, tokens } from '@shieldkit/core/schema.js';
import { expectLinearReads } from '../../core/test/support/linear.js';
import { THEME_TOKENS, parseCampaign, validateCampaign } from '../src/index.js';

const base = () => ({ version: 1, id: 'fuzz', languages: { default: 'en' } });
/** Keys that have broken other validators: prototype keys, empty, huge, markup. */
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.constantFrom('theme', 'stories', 'helplines', 'custom', 'en', 'body', 'href', 'danger'),
  fc.string({ maxLength: 12 }),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('javascript:alert(1)', '<img src=x onerror=alert(1)>', '#fff', '\u202e', 1),
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const PARTS = [
  'theme',
  'quickExit',
  'helplines',
  'checklist',
  'stories',
  'strings',
  'languages',
  'country',
  '__proto__',
];
/** A campaign with random content in random parts (JSON.parse keeps "__proto__" an own key). */
const campaign = fc
  .array(fc.tuple(fc.constantFrom(...PARTS), value), { maxLength: 4 })
  .map((parts) => JSON.parse(JSON.stringify({ ...base(), ...Object.fromEntries(parts) })));

/** `depth` objects, each inside the one before. */
function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < depth; i++) node = node['a'] = {} as Record<string, unknown>;
  return root;
}

describe('campaign validator under fuzzing (fast-check)', () => {
  it('never throws, returns plain problems with paths, and pollutes no prototype', () => {
    fc.assert(
      fc.property(fc.oneof(campaign, value), (input) => {
        const problems = validateCampaign(input);
        const { campaign: used } = parseCampaign(input);
        for (const p of problems) {
          expect(p.path.every((k) => typeof k === 'string' || typeof k === 'number')).to.equal(
            true,
          );
          expect(p.message).to.be.a('string');
          expect(['error', 'warning']).to.include(p.level);
        }
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        expect(Object.prototype).to.not.have.property('theme');
        // Only https addresses reach the widgets.
        for (const href of [used?.quickExit?.href, used?.quickExit?.safetyHref]) {
          if (href !== undefined) expect(href).to.match(/^https:\/\//);
        }
        for (const story of used?.stories ?? []) {
          if (story.image) expect(story.image.src).to.match(/^https:\/\//);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never passes on a theme pair below WCAG AA: what is kept, with the defaults, always reads', () => {
    const color = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    const fields = Object.keys(THEME_TOKENS).filter((f) => f !== 'radius' && f !== 'fontFamily');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), color), (theme) => {
        const used = parseCampaign({ ...base(), theme }).campaign!.theme ?? {};
        const effective = { ...tokens } as Record<string, string>;
        for (const [field, value] of Object.entries(used)) {
          effective[THEME_TOKENS[field as keyof typeof THEME_TOKENS]] = value;
        }
        for (const { fore, back, minimum } of CONTRAST_PAIRS) {
          expect(contrastRatio(effective[fore]!, effective[back]!)).to.be.at.least(minimum);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on deep or wide JSON: 20,000 levels, 20,000 keys', () => {
    const deep = nested(20_000);
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    for (const input of [
      { ...base(), theme: deep },
      { ...base(), stories: [{ ...deep, id: 'x' }] },
      { ...base(), helplines: { custom: [{ ...deep, id: 'x' }] } },
      { ...base(), strings: { en: wide } },
      { ...base(), ...wide },
    ]) {
      expect(() => parseCampaign(input)).to.not.throw();
    }
  });

  it('reads wide and long input in linear work (8 times the input, at most 10 times the reads)', () => {
    const shapes: Record<string, (n: number) => unknown> = {
      'strings by key': (n) => ({
        ...base(),
        strings: { en: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k.${i}`, 'x'])) },
      }),
      'unknown fields': (n) => ({
        ...base(),
        ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, i])),
      }),
      'helplines.include': (n) => ({
        ...base(),
        helplines: { include: Array.from({ length: n }, (_, i) => `id-${i}`) },
      }),
      'checklist.remove': (n) => ({
        ...base(),
        checklist: { remove: Array.from({ length: n }, (_, i) => `id-${i}`) },
      }),
      'languages.offered': (n) => ({
        ...base(),
        languages: { default: 'en', offered: Array.from({ length: n }, () => 'en') },
      }),
      'stories (50 read)': (n) => ({
        ...base(),
        stories: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, heading: 'h', body: 'b' })),
      }),
      'a deep helpline record': (n) => ({
        ...base(),
        helplines: { custom: [{ ...nested(n), id: 'x' }] },
      }),
    };
    for (const [label, make] of Object.entries(shapes)) {
      expectLinearReads(label, make, parseCampaign, 200);
    }
  });

  // Time is not measured here (a busy CI machine makes any time ratio flaky): the string checks'
  // regular expressions are kept linear by eslint-plugin-regexp's super-linear rules, and these
  // inputs, 8 times larger than the cases above, must still come back with problems, not throw.
  it('checks huge keys and texts without throwing', () => {
    const cases: Record<string, (n: number) => unknown> = {
      'a huge strings key': (n) => ({
        ...base(),
        strings: { en: { ['a.'.repeat(n) + '!']: 'x' } },
      }),
      'a huge language key': (n) => ({
        ...base(),
        stories: [{ heading: { ['aa-'.repeat(n)]: 'x' } }],
      }),
      'a huge text': (n) => ({ ...base(), quickExit: { href: 'https://'.repeat(n) } }),
      'a huge helpline text': (n) => ({
        ...base(),
        helplines: { custom: [{ id: 'x', name: '\u202e['.repeat(n) }] },
      }),
    };
    for (const [label, make] of Object.entries(cases)) {
      expect(() => parseCampaign(make(32_000)), label).to.not.throw();
    }
  });
});
