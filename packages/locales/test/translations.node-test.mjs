// The translators' files themselves, in Node: the i18next JSON v4 strings, the metadata and the
// glossary of every language (the strings' completeness is checked in the browser, by
// completeness.test.ts, on the modules generated from these files).
//   node --test packages/locales/test/translations.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance } from 'i18next';
import {
  GLOSSARY_TERMS,
  generate,
  languageCodes,
  leafKeys,
  metaProblems,
  translations,
} from '../../../scripts/locales-build.mjs';

const read = (file) => JSON.parse(readFileSync(join(translations, file), 'utf8'));
const english = read('en.json');
const keys = leafKeys(english);
const codes = languageCodes();
const glossaryOf = (code) => read(`${code}.glossary.json`);

test('every language has its strings, metadata and glossary, and they follow the rules', () => {
  assert.ok(codes.length > 19, `only ${codes.length} languages found`);
  assert.deepEqual(generate(), []);
});

test('every language file is in loaders (src/index.ts), and every loader has a file', () => {
  const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
  const loaded = [
    ...index.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('\.\/languages\/([\w-]+)\.js'\)/gm),
  ];
  assert.deepEqual(
    loaded.map((m) => m[1]),
    loaded.map((m) => m[2]),
  );
  assert.deepEqual(loaded.map((m) => m[1]).sort(), codes.filter((c) => c !== 'en').sort());
});

test('status stays honest: "reviewed" and "native-reviewed" need a named reviewer and a date', () => {
  const ar = read('ar.meta.json');
  assert.equal(ar.status, 'machine');
  const glossary = glossaryOf('ar');
  assert.deepEqual(metaProblems('ar', { ...ar, status: 'reviewed' }, glossary, keys), [
    'ar.meta.json: status "reviewed" needs the reviewer\'s name',
    'ar.meta.json: status "reviewed" needs "reviewedOn": "YYYY-MM-DD"',
  ]);
  assert.deepEqual(
    metaProblems(
      'ar',
      {
        ...ar,
        status: 'native-reviewed',
        reviewer: 'A. Reviewer, caseworker',
        reviewedOn: '2026-12-01',
      },
      glossary,
      keys,
    ),
    [],
  );
  assert.deepEqual(metaProblems('ar', { ...ar, status: 'done' }, glossary, keys), [
    'ar.meta.json: status "done" is not one of machine, reviewed, native-reviewed',
  ]);
});

test('every language states its variety and register, and no one is marked reviewed unnamed', () => {
  for (const code of codes) {
    const meta = read(`${code}.meta.json`);
    assert.ok(meta.variety?.length > 10, `${code}: variety`);
    assert.ok(meta.register?.length > 2, `${code}: register`);
    if (code !== 'en')
      assert.equal(meta.status, 'machine', `${code}: nobody named has reviewed it`);
  }
  assert.match(read('pt.meta.json').variety, /Brazilian/);
  assert.match(read('fa-AF.meta.json').variety, /Dari/);
  assert.match(read('tr.meta.json').register, /siz/);
});

test('each glossary covers the sensitive terms and points at strings that exist', () => {
  for (const code of codes.filter((c) => c !== 'en')) {
    const { terms } = glossaryOf(code);
    assert.deepEqual(Object.keys(terms).sort(), [...GLOSSARY_TERMS].sort(), code);
    for (const [term, entry] of Object.entries(terms)) {
      assert.equal(typeof entry.reviewerNote, 'string', `${code} ${term}: reviewerNote`);
      for (const key of entry.keys) assert.ok(keys.has(key), `${code} ${term}: ${key}`);
    }
  }
  const broken = glossaryOf('sw');
  delete broken.terms.referral;
  broken.terms.survivor = { ...broken.terms.survivor, keys: ['stories.title'] };
  assert.deepEqual(metaProblems('sw', read('sw.meta.json'), broken, keys), [
    'sw.glossary.json: no entry for "referral"',
    'sw.glossary.json: "survivor" names an unknown key stories.title',
  ]);
});

test('the files are i18next JSON v4: i18next reads the plural forms of each language as they are', async () => {
  const i18n = createInstance();
  await i18n.init({
    resources: Object.fromEntries(
      ['en', 'ar', 'uk', 'fa-AF'].map((code) => [code, { translation: read(`${code}.json`) }]),
    ),
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  const t = (lng, count) => i18n.t('quickExit.pressMore', { lng, count, key: 'Shift' });
  assert.equal(t('en', 1), 'Shift: press 1 more time to exit');
  assert.equal(t('ar', 2), 'Shift: الضغط مرتين أخريين للخروج');
  assert.equal(t('uk', 5), 'Shift: натисніть ще 5 разів, щоб вийти');
  assert.equal(
    t('fa-AF', 2),
    `Shift: برای خروج ${new Intl.NumberFormat('fa-AF').format(2)} بار دیگر فشار دهید`,
  );
  assert.equal(
    i18n.t('quickExit.timedOut', { lng: 'en', count: 3, key: 'Shift' }),
    'Shortcut reset. To exit, press Shift 3 times.',
  );
});

test('on the JSON itself: every key, placeholder and plural form of English, and no typed digit', () => {
  const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
  const flat = (tree, prefix = '', out = new Map()) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else flat(value, path, out);
    }
    return out;
  };
  const holes = (text) => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]).sort();
  const source = flat(english);
  const problems = [];
  for (const code of codes.filter((c) => c !== 'en')) {
    const strings = flat(read(`${code}.json`));
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const expected = new Map();
    for (const [key, text] of source) {
      const plural = PLURAL.exec(key);
      if (!plural) expected.set(key, text);
      else if (plural[2] === 'other')
        for (const c of categories) expected.set(`${plural[1]}_${c}`, text);
    }
    for (const key of expected.keys())
      if (!strings.has(key)) problems.push(`${code}: missing ${key}`);
    for (const [key, text] of strings) {
      if (!expected.has(key)) problems.push(`${code}: ${key} is not in English`);
      else {
        // A form for exactly one number (Arabic "two") may say it in words: only extra holes count.
        const want = holes(expected.get(key));
        const have = holes(text);
        const category = PLURAL.exec(key)?.[2];
        const rules = new Intl.PluralRules(code);
        const exact =
          category !== undefined &&
          Array.from({ length: 1001 }, (_, n) => rules.select(n)).filter((c) => c === category)
            .length === 1;
        const differs = exact ? have.some((h) => !want.includes(h)) : have.join() !== want.join();
        if (differs) problems.push(`${code}: ${key} has {{${have}}}, English {{${want}}}`);
      }
      if (/\p{Nd}/u.test(text.replace(/\{\{[^}]*\}\}/g, '')))
        problems.push(`${code}: ${key} has a typed digit`);
    }
  }
  assert.deepEqual(problems, []);
});
