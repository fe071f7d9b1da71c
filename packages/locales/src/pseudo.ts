/**
 * The pseudo-locale `en-XA`: every English string with accented letters and about 40 % longer,
 * wrapped in `[…]`. It is built at runtime from the English tree (the main file, the checklist and
 * story-carousel strings and the checklist items), so it never drifts from English. Pick it in
 * Storybook's language toolbar or with `lang="en-XA"` to see, before any translator does, where a
 * layout truncates, overflows or depends on English word lengths; text that stays unaccented is
 * text that does not go through `localize.t()`.
 *
 * It is loaded only through `loadLocale('en-XA')` (a dynamic import): no page pays for it.
 */
import en from './languages/en.js';
import checklist from './languages/en-checklist.js';
import stories from './languages/en-stories.js';
import checklistItems from './checklists/en.js';
import type { LocaleFile, Strings } from './types.js';

const accents: Record<string, string> = {
  a: 'ä',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ø',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ø',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Words appended to lengthen a string (already accented), as real translations are longer. */
const filler = ['öñé', 'ţŵø', 'ţĥŕéé', 'ƒøüŕ', 'ƒîṽé', 'šîẋ', 'šéṽéñ', 'éîĝĥţ', 'ñîñé', 'ţéñ'];

/** How much longer than English a pseudo string is: 40 %, as German or Finnish often are. */
export const EXPANSION = 0.4;

/** Placeholders (`{{count, number}}`) and link targets (`](https://…)`) stay exactly as they are. */
const untouched = /(\{\{[^{}]*\}\}|\]\([^()]*\))/; // no nesting: linear on any text

/** One string in pseudo: `Exit this page` → `[Éẋîţ ţĥîš þäĝé öñé ţŵø]`. */
export function pseudoLocalize(text: string): string {
  let visible = 0;
  const accented = text
    .split(untouched)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      visible += part.length;
      return part.replace(/[a-z]/gi, (letter) => accents[letter] ?? letter);
    })
    .join('');
  const extra: string[] = [];
  for (let added = 0, i = 0; added < Math.ceil(visible * EXPANSION); i++) {
    const word = filler[i % filler.length]!;
    extra.push(word);
    added += word.length + 1;
  }
  return `[${accented}${extra.length ? ` ${extra.join(' ')}` : ''}]`;
}

/** Every leaf of `tree` through `pseudoLocalize`, keys kept. */
export function pseudoTree(tree: Strings): Strings {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoLocalize(value) : pseudoTree(value),
    ]),
  );
}

/** `base` with `extra` merged in, nested trees merged key by key. */
function merge(base: Strings, extra: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = out[key];
    out[key] =
      typeof value !== 'string' && existing !== undefined && typeof existing !== 'string'
        ? merge(existing, value)
        : value;
  }
  return out;
}

/** The whole English tree: the main file, the widgets' own strings and the checklist items. */
export const englishTree: Strings = [checklist, stories, { checklist: checklistItems }].reduce(
  merge,
  en.strings,
);

const pseudo: LocaleFile = {
  meta: {
    code: 'en-XA',
    name: 'Pseudo (en-XA)',
    englishName: 'Pseudo-locale',
    dir: 'ltr',
    status: 'machine',
  },
  strings: pseudoTree(englishTree),
};

export default pseudo;
