/**
 * `@shieldkit/locales/scenarios.js`: the scenario texts, one module per language. A module of its
 * own (not in the package's index) so that only pages with a scenario carry its loaders.
 */
import { scenarioLoaders } from './scenarios/loaders.js';

/** Codes whose scenario texts exist (`translations/scenarios/<code>.json`). */
export const scenarioLanguages: readonly string[] = Object.keys(scenarioLoaders);

/**
 * Loads the scenario texts of one language: the built-in role-play scenarios and the scenario
 * widget's own words, one flat `{ key: text }` module per language (never in the main file).
 * Resolves `undefined` for a language without scenario texts (the widget shows English);
 * rejects only when the file exists but could not be fetched.
 */
export async function loadScenarioStrings(
  code: string,
): Promise<Readonly<Record<string, string>> | undefined> {
  const load = Object.hasOwn(scenarioLoaders, code) ? scenarioLoaders[code] : undefined;
  return load ? (await load()).default : undefined;
}
