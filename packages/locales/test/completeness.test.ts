import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { directionOf, languages, loadLocale, type LocaleFile, type Strings } from '../src/index.js';
import { englishTree } from '../src/pseudo.js';

// Every shipped language (every entry of `languages`, so a new file is checked the moment its
// loader line exists) against the whole English tree: the main file, the checklist and carousel
// strings that travel with their widgets, and the checklist items. A failure lists everything
// that is wrong in that language at once, so a translator fixes it in one pass.

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);
const STATUSES = ['machine', 'reviewed', 'native-reviewed'];

/** `{ 'a.b.c': 'text' }` for every leaf of a tree. */
function flatten(tree: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

const english = flatten(englishTree);
/** Base keys that English writes as plurals (`quickExit.pressMore` for `…_one`/`…_other`). */
const pluralBases = new Set(
  [...english.keys()]
    .map((key) => PLURAL.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1]!),
);

/** The placeholders of a string, as written (`{{count, number}}` and `{{count}}` differ). */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!.replace(/\s*,\s*/g, ', ')).sort();

const listed = (list: string[]) => (list.length ? list.map((p) => `{{${p}}}`).join(' ') : 'none');

/** `{{count…}}` placeholders only. */
const isCount = (placeholder: string) => /^count(,|$)/.test(placeholder);

/**
 * True when a plural category stands for exactly one number in this language (Arabic `zero`, `one`,
 * `two`; English `one`): its string may say the number in words and leave out `{{count}}`. Russian
 * `one` also covers 21, 31 …, so there `{{count}}` must stay.
 */
function exactCategory(code: string, category: string): boolean {
  const rules = new Intl.PluralRules(code);
  let matches = 0;
  for (let n = 0; n <= 1000 && matches < 2; n++) if (rules.select(n) === category) matches++;
  return matches === 1;
}

/** The keys a language must have: English's, with each plural written for its own categories. */
function expectedKeys(code: string): Map<string, string> {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const out = new Map<string, string>();
  for (const [key, text] of english) {
    const plural = PLURAL.exec(key);
    if (!plural) out.set(key, text);
    // The English `other` form is the reference for every category's placeholders.
    else if (plural[2] === 'other')
      for (const category of categories) out.set(`${plural[1]}_${category}`, text);
  }
  return out;
}

/** Everything wrong with one language file, one line each; empty when it is complete. */
function problems(code: string, file: LocaleFile): string[] {
  const found: string[] = [];
  const { meta } = file;
  if (meta.code !== code) found.push(`meta.code is "${meta.code}", expected "${code}"`);
  if (!meta.name?.trim()) found.push('meta.name is empty');
  if (!meta.englishName?.trim()) found.push('meta.englishName is empty');
  if (meta.dir !== directionOf(code))
    found.push(`meta.dir is "${meta.dir}", expected "${directionOf(code)}"`);
  if (!STATUSES.includes(meta.status))
    found.push(`meta.status is "${meta.status}", expected one of ${STATUSES.join(', ')}`);

  const actual = flatten(file.strings);
  const expected = expectedKeys(code);
  const missing = [...expected.keys()].filter((key) => !actual.has(key));
  if (missing.length)
    found.push(`${missing.length} missing (shown in English): ${missing.join(', ')}`);
  const extra = [...actual.keys()].filter((key) => !expected.has(key));
  if (extra.length) {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.join(' ');
    found.push(
      `${extra.length} not in English (plural keys take exactly the categories ${categories}): ${extra.join(', ')}`,
    );
  }
  for (const [key, text] of actual) {
    const source = expected.get(key);
    if (source === undefined) continue;
    const want = placeholders(source);
    let have = placeholders(text);
    const plural = PLURAL.exec(key);
    if (
      plural &&
      pluralBases.has(plural[1]!) &&
      exactCategory(code, plural[2]!) &&
      !have.some(isCount)
    )
      have = [...have, ...want.filter(isCount)].sort();
    if (have.join(' ') !== want.join(' '))
      found.push(`${key}: placeholders ${listed(have)} differ from English ${listed(want)}`);
    if (/<\/?[a-z!][^>]*>/i.test(text)) found.push(`${key}: contains an HTML tag`);
    // Every number on screen comes from Intl.NumberFormat for the reader's locale, so a language
    // shows one digit style: a digit typed into a string (Latin "24" or Persian "۲۴") could not follow it.
    const digits = text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{Nd}+/gu);
    if (digits)
      found.push(
        `${key}: has the digits ${digits.join(' ')}: use a {{…, number}} placeholder or words`,
      );
  }
  return found;
}

describe('locales: every shipped language is complete', () => {
  it('ships English first and more than one language', () => {
    expect(languages[0]).to.equal('en');
    expect(languages.length).to.be.greaterThan(1);
    expect(new Set(languages).size, 'a language listed twice').to.equal(languages.length);
  });

  it('English is consistent with itself: every plural has one and other, no HTML', () => {
    for (const base of pluralBases) {
      expect(english.has(`${base}_one`), `${base}_one`).to.equal(true);
      expect(english.has(`${base}_other`), `${base}_other`).to.equal(true);
    }
    expect(english.size).to.be.greaterThan(100);
    expect(
      problems('en', {
        meta: {
          code: 'en',
          name: 'English',
          englishName: 'English',
          dir: 'ltr',
          status: 'native-reviewed',
        },
        strings: englishTree,
      }),
    ).to.deep.equal([]);
  });

  for (const code of languages.filter((code) => code !== 'en')) {
    it(`${code}: every key, placeholder, plural form and meta field`, async () => {
      const file = await loadLocale(code);
      expect(file, `loadLocale('${code}') resolved nothing`).to.not.equal(undefined);
      const found = problems(code, file!);
      expect(found, `${code}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
    });
  }

  it('English meta is complete', async () => {
    const file = await loadLocale('en');
    expect(file!.meta).to.deep.equal({
      code: 'en',
      name: 'English',
      englishName: 'English',
      dir: 'ltr',
      status: 'native-reviewed',
    });
  });
});

describe('locales: the checks find what is wrong', () => {
  // The same checks on a broken copy of Ukrainian: each fault must be reported.
  it('reports missing and extra keys, wrong placeholders, wrong plurals, HTML, typed digits and bad meta', async () => {
    const uk = (await loadLocale('uk'))!;
    const broken = JSON.parse(JSON.stringify(uk)) as LocaleFile;
    const quickExit = broken.strings['quickExit'] as Strings;
    delete quickExit['label'];
    quickExit['invented'] = 'x';
    quickExit['safetyLink'] = 'Як безпечніше {{count}}';
    quickExit['safetyInfo'] = 'Працює 24 години, ۷ днів';
    delete quickExit['pressMore_many'];
    quickExit['pressMore_two'] = '{{key}} {{count}}';
    quickExit['leaving'] = '<b>Завантаження</b>';
    quickExit['pressMore_one'] = '{{key}}: натисніть ще раз';
    broken.meta = { ...broken.meta, code: 'ua', dir: 'rtl', status: 'done' as 'machine' };
    const found = problems('uk', broken);
    expect(found).to.have.members([
      'meta.code is "ua", expected "uk"',
      'meta.dir is "rtl", expected "ltr"',
      'meta.status is "done", expected one of machine, reviewed, native-reviewed',
      '2 missing (shown in English): quickExit.label, quickExit.pressMore_many',
      '2 not in English (plural keys take exactly the categories one few many other): quickExit.invented, quickExit.pressMore_two',
      'quickExit.pressMore_one: placeholders {{key}} differ from English {{count, number}} {{key}}',
      'quickExit.safetyLink: placeholders {{count}} differ from English none',
      'quickExit.leaving: contains an HTML tag',
      'quickExit.safetyInfo: has the digits 24 ۷: use a {{…, number}} placeholder or words',
    ]);
  });

  it('lets a plural form for exactly one number say it in words (Arabic zero, one, two)', () => {
    expect(exactCategory('ar', 'zero')).to.equal(true);
    expect(exactCategory('ar', 'two')).to.equal(true);
    expect(exactCategory('ar', 'few')).to.equal(false);
    expect(exactCategory('uk', 'one')).to.equal(false);
    expect(exactCategory('fr', 'one')).to.equal(false);
  });
});
