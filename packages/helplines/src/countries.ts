/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249), grouped by first letter: `'ADE…'` is
 * `AD`, `AE`, …. User-assigned codes such as `XK` (used for Kosovo) are not in it. (Grouped, the
 * list is about 130 bytes smaller in the CDN file than as plain pairs.)
 */
const CODES =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';

/** Every ISO 3166-1 alpha-2 country code, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  CODES.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second)),
);

/** `true` when `value` is an ISO 3166-1 alpha-2 code written in upper case, e.g. `'UA'`. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODES.has(value);
}

/**
 * The one place a country code is normalised: trims and upper-cases any value, and returns it when
 * it is an ISO 3166-1 alpha-2 code. `' ua '` → `'UA'`; `'EU'`, `'Ukraine'`, `42` → `undefined`.
 */
export function countryCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : undefined;
}

/**
 * The Find A Helpline page of a country, `https://findahelpline.com/UA`, to offer a reader as a
 * further resource (a link only: its data must not be copied). `undefined` for an unknown code.
 */
export function findAHelplineUrl(country: unknown): string | undefined {
  const code = countryCode(country);
  return code ? `https://findahelpline.com/${code}` : undefined;
}
