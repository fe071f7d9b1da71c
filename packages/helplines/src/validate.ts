import { isCountryCode } from './countries.js';
import { isTimeZone, parseTime } from './hours.js';
import { isE164, isNationalDigits } from './phone.js';
import {
  CHANNEL_TYPES,
  DAYS,
  TOPICS,
  UNCONFIRMED_PARTS,
  type ChannelType,
  type Helpline,
} from './types.js';

/** One thing wrong in a record: where (`channels[1].href`) and what, in plain language. */
export interface Problem {
  path: string;
  message: string;
}

/** A problem as one line of text: `channels[1].href: "javascript:…" is not an allowed link …`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

type Report = (path: string, message: string) => void;
type Fields = Record<string, unknown>;

const RECORD_FIELDS = [
  'id',
  'country',
  'organisation',
  'name',
  'topics',
  'channels',
  'hours',
  'languages',
  'free',
  'source',
  'lastVerified',
  'confirmed',
  'unconfirmed',
];
const CHANNEL_FIELDS = [
  'type',
  'display',
  'href',
  'keyword',
  'inCountryOnly',
  'fromAbroad',
  'tty',
  'languages',
  'hours',
  'confirmed',
  'note',
];
const ABROAD_FIELDS = CHANNEL_FIELDS.filter((f) => f !== 'inCountryOnly' && f !== 'fromAbroad');

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
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as it appears in a message: strings quoted (and cut short), others by kind. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
const list = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;

function unknownFields(value: Fields, known: readonly string[], path: string, report: Report) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report(join(path, key), `is not a known field here; check the spelling`);
    }
  }
}

function requireText(value: unknown, path: string, what: string, report: Report) {
  if (value === undefined) report(path, `is missing: ${what}`);
  else if (!isText(value)) report(path, `must be a non-empty text (${what}); got ${show(value)}`);
}

function checkOptionalBoolean(value: unknown, path: string, report: Report) {
  if (value !== undefined && typeof value !== 'boolean') {
    report(path, `must be true or false, or left out; got ${show(value)}`);
  }
}

function checkHttpUrl(value: unknown, path: string, report: Report) {
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
const hasHiddenCharacters = (text: string) =>
  [...text].some((c) => {
    const code = c.codePointAt(0)!;
    return c.trim() === '' || code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/** The number of a `tel:` or `sms:` link must be E.164, or national digits when in-country only. */
function checkNumber(
  number: string,
  href: string,
  inCountry: boolean,
  path: string,
  report: Report,
) {
  if (isE164(number) || (inCountry && isNationalDigits(number))) return;
  report(
    path,
    `${show(href)} is not an E.164 number: write the scheme, "+", the country code and the number, ` +
      `digits only (e.g. "tel:+18883737888")` +
      (inCountry ? '' : '; national digits are allowed only on a channel marked inCountryOnly'),
  );
}

function checkHref(channel: Fields, path: string, abroad: boolean, report: Report) {
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
    const [number = '', query] = rest.split('?', 2);
    checkNumber(number, href, inCountry, at, report);
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
    // The helplines engineer (issue #14) makes this check linear; remove this line with it.
    // eslint-disable-next-line regexp/no-super-linear-backtracking
  } else if (!/^[^@?]+@[^@?]+\.[^@?]+(\?.*)?$/.test(rest)) {
    report(at, `${show(href)} is not an email link (e.g. "mailto:help@example.org")`);
  }
}

function checkLanguages(value: unknown, path: string, report: Report) {
  if (value === undefined) return;
  if (!isObject(value)) {
    return report(path, `must be an object { codes, interpreters?, note? }; got ${show(value)}`);
  }
  unknownFields(value, ['codes', 'interpreters', 'note'], path, report);
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
  if (note !== undefined && typeof note !== 'string') {
    report(join(path, 'note'), `must be text; got ${show(note)}`);
  }
  if (
    Array.isArray(codes) &&
    codes.length === 0 &&
    interpreters === undefined &&
    note === undefined
  ) {
    report(path, 'names no language: leave languages out when they are unknown');
  }
}

function checkHours(value: unknown, path: string, report: Report) {
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

function checkChannel(value: unknown, path: string, abroad: boolean, report: Report) {
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
  checkHref(value, path, abroad, report);
  if (keyword !== undefined) {
    if (type !== 'sms') report(join(path, 'keyword'), 'only an sms channel has a keyword');
    else if (!isText(keyword))
      report(join(path, 'keyword'), `must be a non-empty text; got ${show(keyword)}`);
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
  checkLanguages(value['languages'], join(path, 'languages'), report);
  checkHours(value['hours'], join(path, 'hours'), report);
  checkOptionalBoolean(value['confirmed'], join(path, 'confirmed'), report);
  if (note !== undefined && typeof note !== 'string')
    report(join(path, 'note'), `must be text; got ${show(note)}`);
}

function checkList<T extends string>(
  value: unknown,
  known: readonly T[],
  path: string,
  what: string,
  report: Report,
) {
  if (!Array.isArray(value)) return report(path, `must be a list of ${what}; got ${show(value)}`);
  value.forEach((item: unknown, i) => {
    if (!(known as readonly unknown[]).includes(item)) {
      report(join(path, i), `${show(item)} is not one of the ${what} (use ${list(known)})`);
    } else if (value.indexOf(item) !== i) {
      report(join(path, i), `${show(item)} is listed twice`);
    }
  });
}

function checkSource(value: unknown, report: Report) {
  if (value === undefined) {
    return report('source', 'is missing: the web address the facts come from (or a list of them)');
  }
  if (typeof value === 'string') return checkHttpUrl(value, 'source', report);
  if (!Array.isArray(value) || value.length === 0) {
    return report(
      'source',
      `must be a web address or a non-empty list of them; got ${show(value)}`,
    );
  }
  value.forEach((url: unknown, i) => checkHttpUrl(url, join('source', i), report));
}

function checkDate(value: unknown, report: Report) {
  if (value === undefined) {
    return report(
      'lastVerified',
      'is missing: the date the facts were last checked, as YYYY-MM-DD',
    );
  }
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const date = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (!date || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    report('lastVerified', `${show(value)} is not a date written YYYY-MM-DD (e.g. "2026-11-28")`);
  }
}

/**
 * Every problem in a helpline record, in plain language with where it is; an empty list when the
 * record is valid. The input may be anything (an agency's JSON): nothing is assumed about its types,
 * and nothing throws for a wrong type.
 *
 *     validateHelpline({ ...record, channels: [{ type: 'chat', display: 'x', href: 'javascript:alert(1)' }] })
 *     // → [{ path: 'channels[0].href',
 *     //      message: '"javascript:alert(1)" is not an allowed link (use tel:, sms:, https: or mailto:)' }]
 *
 * Text fields (names, notes) are data: they are checked for type, not for HTML, because Shieldkit
 * never renders them as HTML.
 */
export function validateHelpline(record: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => void problems.push({ path, message });
  if (!isObject(record)) {
    report(
      '(record)',
      `a helpline must be an object { id, country, name, … }; got ${show(record)}`,
    );
    return problems;
  }
  unknownFields(record, RECORD_FIELDS, '', report);
  const { id, country, organisation, name, channels } = record;
  requireText(id, 'id', 'a unique identifier such as "us-nhth"', report);
  if (country === undefined)
    report('country', 'is missing: a two-letter ISO 3166-1 code such as "US"');
  else if (!isCountryCode(country)) {
    report(
      'country',
      typeof country === 'string' && isCountryCode(country.toUpperCase())
        ? `${show(country)} must be written in upper case: "${country.toUpperCase()}"`
        : `${show(country)} is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as "US")`,
    );
  }
  requireText(organisation, 'organisation', 'who runs the helpline', report);
  requireText(name, 'name', "the helpline's name", report);
  checkList(record['topics'], TOPICS, 'topics', 'topics', report);
  if (Array.isArray(record['topics']) && record['topics'].length === 0) {
    report('topics', 'is empty: name at least one topic');
  }
  if (!Array.isArray(channels) || channels.length === 0) {
    report(
      'channels',
      `must be a list of at least one way to reach the helpline; got ${show(channels)}`,
    );
  } else {
    channels.forEach((channel: unknown, i) =>
      checkChannel(channel, join('channels', i), false, report),
    );
  }
  checkHours(record['hours'], 'hours', report);
  checkLanguages(record['languages'], 'languages', report);
  checkOptionalBoolean(record['free'], 'free', report);
  checkSource(record['source'], report);
  checkDate(record['lastVerified'], report);
  if (typeof record['confirmed'] !== 'boolean') {
    report(
      'confirmed',
      `must be true (checked with the operator) or false; got ${show(record['confirmed'])}`,
    );
  }
  if (record['unconfirmed'] !== undefined) {
    checkList(record['unconfirmed'], UNCONFIRMED_PARTS, 'unconfirmed', 'record parts', report);
  }
  return problems;
}

/** `true` when `record` is a valid {@link Helpline} (no problems from {@link validateHelpline}). */
export function isHelpline(record: unknown): record is Helpline {
  return validateHelpline(record).length === 0;
}
