/** E.164: `+`, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** National digits of an in-country-only number: a short code or a national number. */
const NATIONAL = /^\d{3,15}$/;
/** What people write between digits: spaces (also no-break and thin), dashes, dots, brackets. */
const SEPARATORS = /[\s\u00a0\u2009\u202f.\-\u2010-\u2013()/]/g;

/** `true` when `value` is an E.164 number such as `+18883737888` (no spaces). */
export function isE164(value: unknown): value is string {
  return typeof value === 'string' && E164.test(value);
}

/** `true` when `value` is the national digits of an in-country number, such as `1343` or `080077777`. */
export function isNationalDigits(value: unknown): value is string {
  return typeof value === 'string' && NATIONAL.test(value);
}

/**
 * The dial form of a number as people write it: separators removed, a leading `+` kept, and the
 * `(0)` of `+44 (0)…` dropped. `'+1 888 373 7888'` → `'+18883737888'`, `'0 800 77777'` →
 * `'080077777'`. `undefined` when what is left is neither E.164 nor national digits (letters,
 * `+0…`, too long). A number without `+` stays national: `'1-888-373-7888'` → `'18883737888'`.
 */
export function dialNumber(written: string): string | undefined {
  let number = String(written).trim();
  if (number.startsWith('+')) number = number.replace('(0)', '');
  const digits = number.replace(SEPARATORS, '');
  return isE164(digits) || isNationalDigits(digits) ? digits : undefined;
}

/** The `tel:` link of a written number: `dialHref('+1 888 373 7888')` → `'tel:+18883737888'`. */
export function dialHref(written: string): string | undefined {
  const number = dialNumber(written);
  return number === undefined ? undefined : `tel:${number}`;
}

/**
 * The `sms:` link of a written number, with the keyword as the message body:
 * `smsHref('233733', 'BEFREE')` → `'sms:233733?body=BEFREE'`.
 */
export function smsHref(written: string, keyword?: string): string | undefined {
  const number = dialNumber(written);
  if (number === undefined) return undefined;
  return keyword ? `sms:${number}?body=${encodeURIComponent(keyword)}` : `sms:${number}`;
}

/**
 * The WhatsApp link of an international number: `whatsappHref('+52 800 5533 000')` →
 * `'https://wa.me/528005533000'`. `undefined` for a number without its country code.
 */
export function whatsappHref(written: string): string | undefined {
  const number = dialNumber(written);
  return isE164(number) ? `https://wa.me/${number.slice(1)}` : undefined;
}

/**
 * The number inside a `tel:`, `sms:` or WhatsApp link, for display where the data gives no display
 * form: `'sms:233733?body=BEFREE'` → `'233733'`, `'https://wa.me/528005533000'` → `'+528005533000'`.
 * `undefined` for any other link.
 */
export function numberOfHref(href: string): string | undefined {
  const match = /^(?:(?:tel|sms):(\+?\d+)|https:\/\/wa\.me\/(\d+))(?:\?.*)?$/.exec(href);
  if (!match) return undefined;
  return match[1] ?? `+${match[2]!}`;
}
