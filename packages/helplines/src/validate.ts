import {
  formatPath,
  isCalendarDate,
  isObject,
  show as showValue,
  type Fields,
  type Path,
} from '@shieldkit/core/schema.js';
import { isCountryCode } from './countries.js';
import { isTimeZone, parseTime } from './hours.js';
import { isE164, isNationalDigits } from './phone.js';
import {
  AUDIENCES,
  CHANNEL_TYPES,
  DAYS,
  TOPICS,
  UNCONFIRMED_PARTS,
  type ChannelType,
  type Helpline,
} from './types.js';
import { helplineSchema } from './schema.js';

/**
 * One thing wrong in a record: where (`['channels', 1, 'href']`, from the record; `[]` is the record
 * itself) and what, in plain language (the place is not in the message: `formatProblem` adds it).
 */
export interface Problem {
  path: Path;
  message: string;
}

/** A problem as one line of text: `channels[1].href: "javascript:…" is not an allowed link …`. */
export function formatProblem(problem: Problem): string {
  return `${formatPath(problem.path) || '(record)'}: ${problem.message}`;
}

type Report = (path: Path, message: string) => void;

// The fields each object may have, from the record's schema (schema.ts).
const fieldsOf = (schema: { properties: object }) => Object.keys(schema.properties);
const channelSchema = helplineSchema.properties.channels.items;
const RECORD_FIELDS = fieldsOf(helplineSchema);
const SOURCE_FIELDS = fieldsOf(helplineSchema.properties.sources.items);
const CHANNEL_FIELDS = fieldsOf(channelSchema);
const ABROAD_FIELDS = fieldsOf(channelSchema.properties.fromAbroad);
const LANGUAGE_FIELDS = fieldsOf(helplineSchema.properties.languages);

/** Which link scheme each channel type needs. */
const SCHEME_OF: Record<ChannelType, string> = {
  phone: 'tel:',
  sms: 'sms:',
  whatsapp: 'https:',
  chat: 'https:',
  form: 'https:',
  email: 'mailto:',
};
const ALLOWED = 'use tel:, sms:, https: or mailto:';
const MONTH = /^\d{4}-(\d{2})$/;

/**
 * Characters a reader cannot see that change how text reads or what it is: C0/C1 controls, soft
 * hyphen, bidi controls and marks (U+061C, U+200E/F, U+202A–E, U+2066–9), zero-width space, word
 * joiner and invisible operators, line/paragraph separators, fillers, variation selectors, BOM and
 * tag characters, as code point ranges. Zero-width (non-)joiners (U+200C/D) are allowed in names
 * and notes, where Persian, Indic and other scripts need them, but not in numbers and keywords.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0xe0000, 0xe0fff],
];

/** The first invisible or direction-changing code point in `text`, in one pass. */
function hiddenCharacter(text: string, strict: boolean): number | undefined {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (INVISIBLE.some(([from, to]) => code >= from && code <= to)) return code;
    if (strict && (code === 0x200c || code === 0x200d)) return code;
  }
  return undefined;
}

/** A value as it appears in a message (texts cut after 60 characters). */
const show = (value: unknown) => showValue(value, 60);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const join = (path: Path, key: string | number): Path => [...path, key];
const list = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;

function unknownFields(value: Fields, known: readonly string[], path: Path, report: Report) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report(join(path, key), `is not a known field here; check the spelling`);
    }
  }
}

/** Reports an invisible or direction-changing character in text a reader sees. */
function checkVisible(value: unknown, path: Path, report: Report, strict = false) {
  if (typeof value !== 'string') return;
  const found = hiddenCharacter(value, strict);
  if (found === undefined) return;
  const code = found.toString(16).toUpperCase().padStart(4, '0');
  report(
    path,
    `contains an invisible or direction-changing character (U+${code}), which can make the text ` +
      `read differently from what it is; remove it`,
  );
}

function requireText(value: unknown, path: Path, what: string, report: Report) {
  if (value === undefined) report(path, `is missing: ${what}`);
  else if (!isText(value)) report(path, `must be a non-empty text (${what}); got ${show(value)}`);
  else checkVisible(value, path, report);
}

function checkNote(value: unknown, path: Path, report: Report) {
  if (value === undefined) return;
  if (typeof value !== 'string') report(path, `must be text; got ${show(value)}`);
  else checkVisible(value, path, report);
}

/**
 * `true` when the digits a reader sees are the digits the link dials, after removing spaces and
 * dashes, a trunk 0 and the country code: `08000 121 700` and `tel:+448000121700`,
 * `+44 (0)20 7946 0000` and `tel:+442079460000`, `1-888-373-7888` and `tel:+18883737888`.
 */
export function displayMatchesNumber(display: string, number: string): boolean {
  const shown = display.replace(/\D/g, '');
  const dialled = number.replace(/\D/g, '');
  if (shown === '' || dialled === '') return false;
  if (shown === dialled) return true;
  // A national display of an international link: a 1–3 digit country code before it.
  const national = shown.startsWith('0') ? shown.slice(1) : shown;
  const codeLength = dialled.length - national.length;
  if (codeLength >= 1 && codeLength <= 3 && dialled.endsWith(national)) return true;
  // "+44 (0)20 …": the country code, then the trunk 0 in brackets.
  for (let length = 1; length <= 3; length++) {
    if (shown[length] === '0' && shown.slice(0, length) + shown.slice(length + 1) === dialled) {
      return true;
    }
  }
  return false;
}

/** The number a `tel:`, `sms:` or WhatsApp link dials, or `undefined` for another link. */
function dialledNumber(href: string): string | undefined {
  if (href.startsWith('tel:')) return href.slice(4);
  if (href.startsWith('sms:')) return href.slice(4).split('?', 1)[0];
  if (href.startsWith('https://wa.me/')) return href.slice('https://wa.me/'.length);
  return undefined;
}

/**
 * A `mailto:` link to one address, checked with plain string steps (linear in its length, whatever
 * it holds): one `@`, a dot in the domain, no second address, and no `to`, `cc` or `bcc` parameter
 * (which would copy the reader's message to someone else).
 */
function checkMailto(rest: string, href: string, at: Path, report: Report) {
  const mark = rest.indexOf('?');
  let address = mark < 0 ? rest : rest.slice(0, mark);
  try {
    address = decodeURIComponent(address);
  } catch {
    address = '';
  }
  const sign = address.indexOf('@');
  const domain = address.slice(sign + 1);
  const dot = domain.indexOf('.');
  const oneAddress =
    sign > 0 &&
    sign === address.lastIndexOf('@') &&
    !/[,;?\s]/.test(address) &&
    dot > 0 &&
    dot < domain.length - 1 &&
    !domain.endsWith('.');
  if (!oneAddress) {
    return report(
      at,
      `${show(href)} is not an email link to one address (e.g. "mailto:help@example.org")`,
    );
  }
  if (mark < 0) return;
  const added = new Set<string>();
  for (const key of new URLSearchParams(rest.slice(mark + 1)).keys()) {
    const name = key.toLowerCase();
    if (name === 'to' || name === 'cc' || name === 'bcc') added.add(name);
  }
  if (added.size > 0) {
    report(
      at,
      `${show(href)} adds ${[...added].join(', ')}: an email link may not copy the message to anyone ` +
        `else (no to, cc or bcc)`,
    );
  }
}

function checkOptionalBoolean(value: unknown, path: Path, report: Report) {
  if (value !== undefined && typeof value !== 'boolean') {
    report(path, `must be true or false, or left out; got ${show(value)}`);
  }
}

function checkHttpUrl(value: unknown, path: Path, report: Report) {
  let ok = false;
  if (typeof value === 'string') {
    try {
      ok = ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      ok = false;
    }
  }
  if (!ok) report(path, `${show(value)} is not a web address (http: or https:)`);
}

/** `true` when `text` holds whitespace or a control character (C0, DEL, C1), which browsers may drop. */
function hasHiddenCharacters(text: string): boolean {
  // One pass, no copy of the text: links can be long.
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (c.trim() === '' || code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** The number of a `tel:` or `sms:` link must be E.164, or national digits when in-country only. */
function checkNumber(number: string, href: string, inCountry: boolean, path: Path, report: Report) {
  if (isE164(number) || (inCountry && isNationalDigits(number))) return;
  report(
    path,
    `${show(href)} is not an E.164 number: write the scheme, "+", the country code and the number, ` +
      `digits only (e.g. "tel:+18883737888")` +
      (inCountry ? '' : '; national digits are allowed only on a channel marked inCountryOnly'),
  );
}

function checkHref(channel: Fields, path: Path, abroad: boolean, outer: Report) {
  let linkOk = true;
  const report: Report = (at, message) => {
    linkOk = false;
    outer(at, message);
  };
  const href = channel['href'];
  const at = join(path, 'href');
  if (href === undefined) return report(at, 'is missing: the link (tel:, sms:, https: or mailto:)');
  if (typeof href !== 'string') return report(at, `must be a link as text; got ${show(href)}`);
  if (hasHiddenCharacters(href)) {
    return report(
      at,
      `${show(href)} contains spaces or control characters; write links without them`,
    );
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(href)?.[0].toLowerCase();
  if (scheme === 'http:') return report(at, `${show(href)} is not secure: use https:`);
  if (!scheme || !['tel:', 'sms:', 'https:', 'mailto:'].includes(scheme)) {
    return report(at, `${show(href)} is not an allowed link (${ALLOWED})`);
  }
  if (!href.startsWith(scheme)) return report(at, `${show(href)}: write the scheme in lower case`);
  const type = channel['type'];
  if ((CHANNEL_TYPES as readonly unknown[]).includes(type)) {
    const needed = SCHEME_OF[type as ChannelType];
    if (scheme !== needed) {
      return report(at, `a ${type} channel needs a ${needed} link; got ${show(href)}`);
    }
  }
  const inCountry = !abroad && channel['inCountryOnly'] === true;
  const rest = href.slice(scheme.length);
  if (scheme === 'tel:') {
    checkNumber(rest, href, inCountry, at, report);
  } else if (scheme === 'sms:') {
    const mark = rest.indexOf('?');
    const number = mark < 0 ? rest : rest.slice(0, mark);
    const query = mark < 0 ? undefined : rest.slice(mark + 1);
    checkNumber(number, href, inCountry, at, report);
    if (query?.includes('?')) {
      report(at, `${show(href)} has a second "?": write one "?body=…" and nothing after it`);
    }
    const body = query === undefined ? undefined : new URLSearchParams(query).get('body');
    const keyword = channel['keyword'];
    if (typeof keyword === 'string' && body !== keyword) {
      report(at, `${show(href)} must carry the keyword as "?body=${keyword}"`);
    } else if (keyword === undefined && body) {
      report(join(path, 'keyword'), `is missing: the link texts ${show(body)}, so say so here too`);
    }
  } else if (scheme === 'https:') {
    let url: URL | undefined;
    try {
      url = new URL(href);
    } catch {
      url = undefined;
    }
    if (!url || url.hostname === '') report(at, `${show(href)} is not a valid web address`);
    else if (type === 'whatsapp' && !/^https:\/\/wa\.me\/[1-9]\d{1,14}$/.test(href)) {
      report(
        at,
        `${show(href)}: a WhatsApp link is https://wa.me/ and the international number in digits ` +
          `(e.g. "https://wa.me/528005533000")`,
      );
    }
  } else {
    checkMailto(rest, href, at, report);
  }
  const display = channel['display'];
  const number = dialledNumber(href);
  if (linkOk && number !== undefined && isText(display) && !displayMatchesNumber(display, number)) {
    report(
      join(path, 'display'),
      `${show(display)} is not the number its link dials (${show(href)}): a reader must see the ` +
        `digits they call`,
    );
  }
}

function checkLanguages(value: unknown, path: Path, report: Report) {
  if (value === undefined) return;
  if (!isObject(value)) {
    return report(path, `must be an object { codes, interpreters?, note? }; got ${show(value)}`);
  }
  unknownFields(value, LANGUAGE_FIELDS, path, report);
  const { codes, interpreters, note } = value;
  if (!Array.isArray(codes)) {
    report(
      join(path, 'codes'),
      `must be a list of BCP 47 language codes (may be empty); got ${show(codes)}`,
    );
  } else {
    codes.forEach((code: unknown, i) => {
      let ok = typeof code === 'string' && /^[a-z]{2,3}(-|$)/i.test(code);
      try {
        if (ok) Intl.getCanonicalLocales(code as string);
      } catch {
        ok = false;
      }
      if (!ok) {
        report(
          join(join(path, 'codes'), i),
          `${show(code)} is not a BCP 47 language code (e.g. "en", "pt-BR")`,
        );
      }
    });
  }
  if (
    interpreters !== undefined &&
    interpreters !== true &&
    !(Number.isInteger(interpreters) && (interpreters as number) > 0)
  ) {
    report(
      join(path, 'interpreters'),
      `must be a whole number of languages (200 for "200+"), true, or left out; got ${show(interpreters)}`,
    );
  }
  checkNote(note, join(path, 'note'), report);
  if (
    Array.isArray(codes) &&
    codes.length === 0 &&
    interpreters === undefined &&
    note === undefined
  ) {
    report(path, 'names no language: leave languages out when they are unknown');
  }
}

function checkHours(value: unknown, path: Path, report: Report) {
  if (value === undefined) return;
  if (!isObject(value)) {
    return report(path, `must be { alwaysOpen: true } or { timeZone, weekly }; got ${show(value)}`);
  }
  if ('alwaysOpen' in value) {
    if (value['alwaysOpen'] !== true) {
      report(
        join(path, 'alwaysOpen'),
        `must be true (or leave it out and give timeZone and weekly); got ${show(value['alwaysOpen'])}`,
      );
    }
    if ('timeZone' in value || 'weekly' in value) {
      report(path, 'has both alwaysOpen and a weekly schedule: keep one');
    }
    return unknownFields(value, ['alwaysOpen', 'timeZone', 'weekly'], path, report);
  }
  unknownFields(value, ['timeZone', 'weekly'], path, report);
  const { timeZone, weekly } = value;
  if (timeZone === undefined) {
    report(
      join(path, 'timeZone'),
      'is missing: the IANA time zone the hours are in (e.g. "Europe/London")',
    );
  } else if (!isTimeZone(timeZone)) {
    report(
      join(path, 'timeZone'),
      `${show(timeZone)} is not a time zone this browser knows (use an IANA name such as "Europe/London")`,
    );
  }
  const at = join(path, 'weekly');
  if (!isObject(weekly)) {
    return report(
      at,
      `must be an object of days (mon: [["09:00", "17:00"]], …); got ${show(weekly)}`,
    );
  }
  let periods = 0;
  for (const [day, ranges] of Object.entries(weekly)) {
    const dayPath = join(at, day);
    if (!(DAYS as readonly string[]).includes(day)) {
      report(dayPath, `"${day}" is not a day (use ${list(DAYS)})`);
      continue;
    }
    if (!Array.isArray(ranges)) {
      report(dayPath, `must be a list of ["HH:MM", "HH:MM"] ranges; got ${show(ranges)}`);
      continue;
    }
    ranges.forEach((range: unknown, i) => {
      const rangePath = join(dayPath, i);
      if (!Array.isArray(range) || range.length !== 2) {
        return report(
          rangePath,
          `must be a pair ["HH:MM", "HH:MM"] (opens, closes); got ${show(range)}`,
        );
      }
      const open = parseTime(range[0]);
      const close = parseTime(range[1], true);
      if (open === undefined) {
        report(
          join(rangePath, 0),
          `${show(range[0])} is not a time: write HH:MM on the 24-hour clock (e.g. "09:00")`,
        );
      }
      if (close === undefined) {
        report(
          join(rangePath, 1),
          `${show(range[1])} is not a time: write HH:MM on the 24-hour clock, up to "24:00"`,
        );
      }
      if (open !== undefined && open === close) {
        report(
          rangePath,
          'opens and closes at the same time (for a whole day write ["00:00", "24:00"])',
        );
      }
      periods++;
    });
  }
  if (periods === 0) report(at, 'has no opening times: leave hours out when they are unknown');
}

function checkChannel(value: unknown, path: Path, abroad: boolean, report: Report) {
  if (!isObject(value)) {
    return report(path, `must be an object { type, display, href, … }; got ${show(value)}`);
  }
  unknownFields(value, abroad ? ABROAD_FIELDS : CHANNEL_FIELDS, path, report);
  const { type, display, keyword, inCountryOnly, fromAbroad, tty, note } = value;
  if (type === undefined) report(join(path, 'type'), `is missing: one of ${list(CHANNEL_TYPES)}`);
  else if (!(CHANNEL_TYPES as readonly unknown[]).includes(type)) {
    report(join(path, 'type'), `${show(type)} is not a channel type (use ${list(CHANNEL_TYPES)})`);
  }
  requireText(
    display,
    join(path, 'display'),
    'what the reader sees, e.g. "1-888-373-7888"',
    report,
  );
  checkVisible(display, join(path, 'display'), report, true);
  checkHref(value, path, abroad, report);
  if (keyword !== undefined) {
    if (type !== 'sms') report(join(path, 'keyword'), 'only an sms channel has a keyword');
    else if (!isText(keyword))
      report(join(path, 'keyword'), `must be a non-empty text; got ${show(keyword)}`);
    else checkVisible(keyword, join(path, 'keyword'), report, true);
  }
  if (!abroad && inCountryOnly !== undefined && inCountryOnly !== true) {
    report(join(path, 'inCountryOnly'), `must be true, or left out; got ${show(inCountryOnly)}`);
  }
  if (!abroad && fromAbroad !== undefined) {
    if (inCountryOnly !== true) {
      report(
        join(path, 'fromAbroad'),
        'only a channel marked inCountryOnly: true has a fromAbroad alternative',
      );
    }
    checkChannel(fromAbroad, join(path, 'fromAbroad'), true, report);
  }
  if (tty !== undefined && tty !== true && !isText(tty)) {
    report(
      join(path, 'tty'),
      `must be true or the TTY number as text (e.g. "711"); got ${show(tty)}`,
    );
  }
  checkVisible(tty, join(path, 'tty'), report, true);
  checkLanguages(value['languages'], join(path, 'languages'), report);
  checkHours(value['hours'], join(path, 'hours'), report);
  checkOptionalBoolean(value['confirmed'], join(path, 'confirmed'), report);
  checkNote(note, join(path, 'note'), report);
}

function checkList<T extends string>(
  value: unknown,
  known: readonly T[],
  path: Path,
  what: string,
  report: Report,
) {
  if (!Array.isArray(value)) return report(path, `must be a list of ${what}; got ${show(value)}`);
  const seen = new Set<unknown>();
  value.forEach((item: unknown, i) => {
    if (!(known as readonly unknown[]).includes(item)) {
      report(join(path, i), `${show(item)} is not one of the ${what} (use ${list(known)})`);
    } else if (seen.has(item)) {
      report(join(path, i), `${show(item)} is listed twice`);
    }
    seen.add(item);
  });
}

/** `true` for `YYYY-MM-DD` naming a real day, or (with `monthOnly`) `YYYY-MM`. */
function isDate(value: unknown, monthOnly = false): boolean {
  if (isCalendarDate(value)) return true;
  const month = monthOnly && typeof value === 'string' ? MONTH.exec(value) : null;
  return month !== null && Number(month[1]) >= 1 && Number(month[1]) <= 12;
}

function checkDate(value: unknown, path: Path, report: Report) {
  if (value === undefined) {
    return report(path, 'is missing: the date the facts were last checked, as YYYY-MM-DD');
  }
  if (!isDate(value)) {
    report(path, `${show(value)} is not a date written YYYY-MM-DD (e.g. "2026-11-28")`);
  }
}

function checkSourceEntry(value: unknown, path: Path, report: Report) {
  if (!isObject(value)) {
    return report(
      path,
      `must be an object { url, states?, accessed?, supports? }; got ${show(value)}`,
    );
  }
  unknownFields(value, SOURCE_FIELDS, path, report);
  checkHttpUrl(value['url'], join(path, 'url'), report);
  if (value['states'] !== undefined) {
    requireText(value['states'], join(path, 'states'), 'what the source says, in short', report);
  }
  if (value['accessed'] !== undefined && !isDate(value['accessed'], true)) {
    report(
      join(path, 'accessed'),
      `${show(value['accessed'])} is not a date written YYYY-MM-DD (or YYYY-MM when the day is not known)`,
    );
  }
  if (value['supports'] !== undefined) {
    checkList(value['supports'], UNCONFIRMED_PARTS, join(path, 'supports'), 'record parts', report);
  }
}

/**
 * `sources` and `verified`; records written before them (`source`: a URL or a list of URLs, and
 * `lastVerified`) are still read, so an agency's published records keep working.
 */
function checkSources(record: Fields, report: Report) {
  const { sources, verified, source, lastVerified } = record;
  if (sources === undefined && source !== undefined) {
    if (typeof source === 'string') checkHttpUrl(source, ['source'], report);
    else if (!Array.isArray(source) || source.length === 0) {
      report(['source'], `must be a web address or a non-empty list of them; got ${show(source)}`);
    } else source.forEach((url: unknown, i) => checkHttpUrl(url, join(['source'], i), report));
  } else if (sources === undefined) {
    report(
      ['sources'],
      'is missing: where the facts come from, e.g. [{ "url": "https://…", "states": "…", "accessed": "2026-11-28" }]',
    );
  } else if (!Array.isArray(sources) || sources.length === 0) {
    report(['sources'], `must be a non-empty list of sources; got ${show(sources)}`);
  } else {
    sources.forEach((entry: unknown, i) => checkSourceEntry(entry, join(['sources'], i), report));
  }
  if (source !== undefined && sources !== undefined) {
    report(['source'], 'is the older name of sources: keep sources only');
  }
  if (verified === undefined && lastVerified !== undefined)
    checkDate(lastVerified, ['lastVerified'], report);
  else checkDate(verified, ['verified'], report);
  if (lastVerified !== undefined && verified !== undefined) {
    report(['lastVerified'], 'is the older name of verified: keep verified only');
  }
}

/**
 * Every problem in a helpline record, in plain language with where it is; an empty list when the
 * record is valid. The input may be anything (an agency's JSON): nothing is assumed about its types,
 * and nothing throws for a wrong type.
 *
 *     validateHelpline({ ...record, channels: [{ type: 'chat', display: 'x', href: 'javascript:alert(1)' }] })
 *     // → [{ path: ['channels', 0, 'href'],
 *     //      message: '"javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)' }]
 *
 * Text fields (names, notes) are data: they are checked for type, not for HTML, because Shieldkit
 * never renders them as HTML.
 */
export function validateHelpline(record: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => void problems.push({ path, message });
  if (!isObject(record)) {
    report([], `a helpline must be an object { id, country, name, … }; got ${show(record)}`);
    return problems;
  }
  unknownFields(record, RECORD_FIELDS, [], report);
  const { id, country, organisation, name, channels } = record;
  requireText(id, ['id'], 'a unique identifier such as "us-nhth"', report);
  if (country === undefined)
    report(['country'], 'is missing: a two-letter ISO 3166-1 code such as "US"');
  else if (!isCountryCode(country)) {
    report(
      ['country'],
      typeof country === 'string' && isCountryCode(country.toUpperCase())
        ? `${show(country)} must be written in upper case: "${country.toUpperCase()}"`
        : `${show(country)} is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as "US")`,
    );
  }
  requireText(organisation, ['organisation'], 'who runs the helpline', report);
  requireText(name, ['name'], "the helpline's name", report);
  const audience = record['audience'];
  if (audience !== undefined && !(AUDIENCES as readonly unknown[]).includes(audience)) {
    report(
      ['audience'],
      `${show(audience)} is not an audience (use ${list(AUDIENCES)}), or leave it out when unknown`,
    );
  }
  checkList(record['topics'], TOPICS, ['topics'], 'topics', report);
  if (Array.isArray(record['topics']) && record['topics'].length === 0) {
    report(['topics'], 'is empty: name at least one topic');
  }
  if (!Array.isArray(channels) || channels.length === 0) {
    report(
      ['channels'],
      `must be a list of at least one way to reach the helpline; got ${show(channels)}`,
    );
  } else {
    channels.forEach((channel: unknown, i) =>
      checkChannel(channel, join(['channels'], i), false, report),
    );
  }
  checkHours(record['hours'], ['hours'], report);
  checkLanguages(record['languages'], ['languages'], report);
  checkOptionalBoolean(record['free'], ['free'], report);
  checkSources(record, report);
  if (typeof record['confirmed'] !== 'boolean') {
    report(
      ['confirmed'],
      `must be true (checked with the operator) or false; got ${show(record['confirmed'])}`,
    );
  }
  if (record['unconfirmed'] !== undefined) {
    checkList(record['unconfirmed'], UNCONFIRMED_PARTS, ['unconfirmed'], 'record parts', report);
  }
  return problems;
}

/** `true` when `record` is a valid {@link Helpline} (no problems from {@link validateHelpline}). */
export function isHelpline(record: unknown): record is Helpline {
  return validateHelpline(record).length === 0;
}
