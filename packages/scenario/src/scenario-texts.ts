/**
 * The scenario texts of each language (`@shieldkit/locales`' flat scenario files), loaded once per
 * page and language. The widget's own words (`ui.*`) go into the strings of core's localization
 * (`scenario.*`), so the `strings` property, the campaign's `strings` and English fallbacks work as
 * for every widget; the built-in scenarios' words are read from the files directly.
 */
import { addStrings } from '@shieldkit/core';
import type { Strings } from '@shieldkit/locales';
import { loadScenarioStrings, scenarioLanguages } from '@shieldkit/locales/scenarios.js';

export type ScenarioTexts = Readonly<Record<string, string>>;

const cache = new Map<string, Promise<ScenarioTexts | undefined>>();
const done = new Map<string, ScenarioTexts>();

/** `{ 'ui.tone.safer': … }` → `{ scenario: { tone: { safer: … } } }`. */
function uiStrings(texts: ScenarioTexts): Strings {
  const root: Strings = {};
  for (const [key, text] of Object.entries(texts)) {
    if (!key.startsWith('ui.')) continue;
    const parts = key.slice(3).split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Strings;
    node[parts.at(-1)!] = text;
  }
  return { scenario: root };
}

/** The scenario file that serves `language`: its own, its base language's, else none (English). */
export function scenarioLanguageFor(language: string): string {
  if (scenarioLanguages.includes(language)) return language;
  const base = language.split('-')[0]!;
  return scenarioLanguages.includes(base) ? base : 'en';
}

/** The texts of a language already loaded, if they are. */
export const loadedTexts = (code: string): ScenarioTexts | undefined => done.get(code);

/** Loads a language's scenario texts once per page; rejects when the file cannot be fetched. */
export function loadTexts(code: string): Promise<ScenarioTexts | undefined> {
  let pending = cache.get(code);
  if (!pending) {
    pending = loadScenarioStrings(code).then(
      (texts) => {
        if (texts) {
          addStrings(code, uiStrings(texts));
          done.set(code, texts);
        }
        return texts;
      },
      (error: unknown) => {
        cache.delete(code); // the next element tries again
        throw error;
      },
    );
    cache.set(code, pending);
  }
  return pending;
}
