/**
 * @shieldkit/locales: every widget's strings, one module per language.
 *
 * English is imported statically (it is the fallback and must never cost a request); every other
 * language is a dynamic import, so a bundler splits it into its own file and a page downloads only
 * the language it shows. The modules under `src/languages/` are generated from the translators'
 * i18next JSON files in `translations/` (`scripts/locales-build.mjs`); adding a language is adding
 * its JSON, metadata and glossary there and one line in `loaders` below.
 */
import en from './languages/en.js';
import type { LocaleFile, Strings } from './types.js';

export type { LocaleFile, LocaleMeta, ReviewStatus, Strings } from './types.js';
export { en };

const loaders: Record<string, () => Promise<{ default: LocaleFile }>> = {
  es: () => import('./languages/es.js'),
  fr: () => import('./languages/fr.js'),
  pt: () => import('./languages/pt.js'),
  ar: () => import('./languages/ar.js'),
  fa: () => import('./languages/fa.js'),
  'fa-AF': () => import('./languages/fa-AF.js'),
  ps: () => import('./languages/ps.js'),
  ur: () => import('./languages/ur.js'),
  uk: () => import('./languages/uk.js'),
  ru: () => import('./languages/ru.js'),
  pl: () => import('./languages/pl.js'),
  ro: () => import('./languages/ro.js'),
  tr: () => import('./languages/tr.js'),
  bn: () => import('./languages/bn.js'),
  hi: () => import('./languages/hi.js'),
  ne: () => import('./languages/ne.js'),
  my: () => import('./languages/my.js'),
  th: () => import('./languages/th.js'),
  vi: () => import('./languages/vi.js'),
  sw: () => import('./languages/sw.js'),
};

/**
 * Codes that readers' devices and agencies use for a language we ship under another code: Dari
 * (`prs`) is shown in `fa-AF`; Southern, Northern and Central Pashto (`pbt`, `pbu`, `pst`) in `ps`.
 */
export const languageAliases: Readonly<Record<string, string>> = {
  prs: 'fa-AF',
  pbt: 'ps',
  pbu: 'ps',
  pst: 'ps',
};

/** Languages written right to left, known before their file loads (so layout does not flip late). */
const rightToLeft = new Set('ar fa he ps ur yi ckb dv sd ug prs pbt pbu pst'.split(' '));

/** Every language Shieldkit ships strings for, English first (plus any `registerLocale` added). */
export const languages: readonly string[] = ['en', ...Object.keys(loaders)];

/**
 * Adds a language at run time, e.g. the pseudo-locale in Storybook and tests:
 * `registerLocale('en-XA', () => import('@shieldkit/locales/pseudo.js'))`. Languages registered
 * this way are never in the CDN file.
 */
export function registerLocale(code: string, load: () => Promise<{ default: LocaleFile }>): void {
  if (!(code in loaders)) (languages as string[]).push(code);
  loaders[code] = load;
}

/** `rtl` for a right-to-left language code (`ar`, `fa-AF` …), else `ltr`. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return rightToLeft.has(code.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * Loads one language's file. Resolves `undefined` for a language we do not ship;
 * rejects only when the file exists but could not be fetched (the caller reports it).
 */
export async function loadLocale(code: string): Promise<LocaleFile | undefined> {
  if (code === 'en') return en;
  const load = loaders[code];
  return load ? (await load()).default : undefined;
}

/** Languages whose checklist items are a module of their own (kept out of the main bundle). */
const checklistLoaders: Record<string, () => Promise<{ default: Strings }>> = {
  en: () => import('./checklists/en.js'),
};

/**
 * Loads the checklist item texts (`{ items, why }` of the `checklist` namespace) of a language that
 * keeps them apart from its language file: English, so they stay out of the main bundle.
 * Resolves `undefined` for a language whose file already holds them (`ar`, `uk`).
 */
export async function loadChecklistStrings(code: string): Promise<Strings | undefined> {
  const load = checklistLoaders[code];
  return load ? (await load()).default : undefined;
}
