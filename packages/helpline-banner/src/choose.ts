import {
  selectForDisplacement,
  selectHelplines,
  type Helpline,
  type PlacedHelpline,
  type Topic,
} from '@shieldkit/helplines';

/** What the banner was asked to show. */
export interface BannerQuery {
  country?: string;
  origin?: string;
  topic?: Topic;
  /** Show only this helpline (by id), whatever the country. */
  pinned?: string;
}

/**
 * The helplines to show, in order: a pinned one alone; for a displaced reader (`origin` differs
 * from `country`) the host country's lines, then the origin's lines reachable from abroad;
 * otherwise the country's lines.
 */
export function chooseHelplines(
  records: readonly Helpline[],
  query: BannerQuery,
): PlacedHelpline[] {
  if (query.pinned) {
    const record = records.find((r) => r.id === query.pinned);
    return record
      ? [{ record, role: 'host', channels: record.channels.map((channel) => ({ channel })) }]
      : [];
  }
  if (!query.country) return [];
  if (query.origin) {
    return selectForDisplacement(records, {
      host: query.country,
      origin: query.origin,
      topic: query.topic,
    });
  }
  return selectHelplines(records, { country: query.country, topic: query.topic }).map((record) => ({
    record,
    role: 'host' as const,
    channels: record.channels.map((channel) => ({ channel })),
  }));
}

let regions: Intl.DisplayNames | undefined;

/**
 * True for a two-letter region code the browser knows (`PL`, `UA`). The banner checks codes this
 * way rather than with the full ISO list in `@shieldkit/helplines` (which the validator of agency
 * records uses), to keep the list out of every reader's download.
 */
export function isRegionCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return false;
  regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regions.of(code) !== undefined;
}

/** A country hint from a language tag's region: `uk-UA` → `UA`, `en` → undefined. Never a lookup. */
export function countryFromLanguage(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    const region = new Intl.Locale(lang).region;
    return region && isRegionCode(region) ? region : undefined;
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
