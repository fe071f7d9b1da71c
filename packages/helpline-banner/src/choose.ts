import { countryCode, type Helpline } from '@shieldkit/helplines';

/** A country hint from a language tag's region: `uk-UA` → `UA`, `en` → undefined. Never a lookup. */
export function countryFromLanguage(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return countryCode(new Intl.Locale(lang).region);
  } catch {
    return undefined;
  }
}

/** Countries that have at least one helpline, plus `current` when it has none. */
export function pickerCountries(records: readonly Helpline[], current?: string): string[] {
  const codes = new Set(records.map((r) => r.country));
  if (current) codes.add(current);
  return [...codes];
}
