/**
 * Shieldkit's own i18next instance. It is created with `createInstance()`, so the page's global
 * i18next (if it has one) is never read or changed. English is loaded synchronously; every other
 * language is fetched the first time an element needs it.
 */
import { createInstance, type TOptions } from 'i18next';
import {
  en,
  languageAliases,
  languages,
  loadLocale,
  type LocaleFile,
  type Strings,
} from '@shieldkit/locales';
import { reportError } from '../errors.js';

export const i18n = createInstance();
void i18n.init({
  resources: { en: { translation: en.strings } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Lit renders every string as a text node, so HTML escaping here would only double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

const loading = new Map<string, Promise<boolean>>();
const loaded = new Set(['en']);

/**
 * The shipped language to show for a requested one: `pt-BR` → `pt-BR`, else `pt`, else `en`.
 * An alias (`prs` Dari → `fa-AF`, `pbt`/`pbu` Pashto → `ps`) is read as the language it names.
 * `supported` is false when neither the tag nor its base language ships (the caller warns).
 */
export function pickLanguage(requested: string): { language: string; supported: boolean } {
  const parts = requested.trim().split(/[-_]/);
  const alias = languageAliases[parts[0]!.toLowerCase()];
  if (alias) parts.splice(0, 1, ...alias.split('-'));
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    const shipped = languages.find((code) => code.toLowerCase() === candidate.toLowerCase());
    if (shipped) return { language: shipped, supported: true };
  }
  return { language: 'en', supported: false };
}

export const isLoaded = (language: string): boolean => loaded.has(language);

/**
 * Fetches a language once (with `load`, the lazy import of its file) and adds it to the instance. Resolves true when it is usable; false
 * (after one console warning and a `shield-error` event on `reporter`) when its file failed.
 */
export function ensureLanguage(
  language: string,
  reporter: EventTarget,
  load: (language: string) => Promise<LocaleFile | undefined> = loadLocale,
): Promise<boolean> {
  if (loaded.has(language)) return Promise.resolve(true);
  let pending = loading.get(language);
  if (!pending) {
    pending = load(language).then(
      (file) => {
        if (!file) return false;
        i18n.addResourceBundle(language, 'translation', file.strings, true, true);
        loaded.add(language);
        return true;
      },
      (error: unknown) => {
        loading.delete(language); // a dropped request on a flaky network: try again next time
        reportError(
          reporter,
          {
            code: 'locale-load-failed',
            message: `the strings for "${language}" could not be loaded (${String(error)}); showing English.`,
          },
          { level: 'warn', once: `locale-load-failed:${language}` },
        );
        return false;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Looks up `key` in `language`, falling back to English. */
export function translate(language: string, key: string, options?: TOptions): string {
  return i18n.getFixedT(language)(key, options ?? {}) as string;
}

/** True when English (the complete source language) has this key, with or without a plural suffix. */
export function isKnownKey(key: string): boolean {
  return i18n.exists(key, { lng: 'en', fallbackLng: false });
}

/** Fills `{{placeholders}}` of an override string the same way i18next fills its own. */
export function interpolate(text: string, values: object, language: string): string {
  return i18n.services.interpolator.interpolate(text, values, language, {});
}

const added = new WeakSet<Strings>();

/**
 * Adds strings to a language (deep-merged, existing keys kept): the English strings a widget ships
 * with its own code, so pages without that widget never download them. Adding the same object
 * again does nothing.
 */
export function addStrings(language: string, strings: Strings): void {
  if (added.has(strings)) return;
  added.add(strings);
  i18n.addResourceBundle(language, 'translation', strings, true, false);
}
