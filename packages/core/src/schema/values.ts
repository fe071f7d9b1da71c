/**
 * Small helpers every validator of JSON-shaped input shares (the campaign, helpline records, stories):
 * what counts as an object, how a value is named in a message, how a path is written for a person,
 * and what a real calendar date is. No DOM.
 */

/** A parsed JSON object (not an array, not null). */
export type Fields = Record<string, unknown>;

/** Where a problem is: keys and list indexes from the root, e.g. `['stories', 2, 'image', 'alt']`. */
export type Path = readonly (string | number)[];

export const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a message shows it: strings quoted and cut after `max` characters, others by kind. */
export function show(value: unknown, max = 40): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * A path for people: `['stories', 2, 'image', 'alt']` → `stories[2].image.alt`. For display only:
 * a key over 40 characters is cut short (`aaaa…`), so a crafted key cannot flood a message.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    const name = typeof key === 'string' && key.length > 40 ? `${key.slice(0, 40)}…` : key;
    out += typeof name === 'number' ? `[${name}]` : out ? `.${name}` : name;
  }
  return out;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `true` when `value` is a date written `YYYY-MM-DD` that exists in the calendar (not `2026-02-30`). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The local calendar day of `now` as `YYYY-MM-DD` (consent dates are days, not instants). */
export function calendarDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
