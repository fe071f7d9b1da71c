import { expect } from '@open-wc/testing';
import { ensureLanguage, i18n } from '@shieldkit/core';
import { loadLocale } from '@shieldkit/locales';

/**
 * Starts loading `code`'s strings and holds them back until `release()`: a test can then see what a
 * reader sees while a language loads (from the browser's cache a file could otherwise arrive before
 * a first render, which waits for tasks of its own). The language must not be loaded yet.
 */
export function holdLanguage(code: string): () => void {
  expect(i18n.hasResourceBundle(code, 'translation'), `"${code}" is loaded already`).to.equal(
    false,
  );
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  void ensureLanguage(code, document, async (language) => {
    await held;
    return loadLocale(language);
  });
  return release;
}
