/** What a helpline helps with. */
export const TOPICS = [
  'trafficking',
  'labour-exploitation',
  'safe-migration',
  'child-protection',
  'domestic-abuse',
  'violence',
] as const;
/** What a helpline helps with: one of {@link TOPICS}. */
export type Topic = (typeof TOPICS)[number];

/** How a reader can reach a helpline. */
export const CHANNEL_TYPES = ['phone', 'sms', 'whatsapp', 'chat', 'form', 'email'] as const;
/** How a reader can reach a helpline: one of {@link CHANNEL_TYPES}. */
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** Days of the week, as keys of {@link WeeklyHours}. */
export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** A day of the week: one of {@link DAYS}. */
export type Day = (typeof DAYS)[number];

/**
 * One opening period, `['HH:MM', 'HH:MM']` on the 24-hour clock in the helpline's time zone.
 * The close may be `'24:00'` (midnight at the end of the day); a close earlier than the open ends on
 * the next day (`['22:00', '02:00']`). The close itself is no longer open.
 */
export type TimeRange = readonly [open: string, close: string];

/** Opening periods per day of the week; a day left out is closed all day. */
export type WeeklyHours = { readonly [day in Day]?: readonly TimeRange[] };

/** Open around the clock, every day. */
export interface AlwaysOpen {
  readonly alwaysOpen: true;
}

/** Open at set times each week, read in an IANA time zone (`America/Mexico_City`). */
export interface WeeklySchedule {
  /** IANA time zone name, e.g. `Europe/London`; daylight saving time follows from it. */
  readonly timeZone: string;
  readonly weekly: WeeklyHours;
}

/** When a helpline (or one of its channels) answers. */
export type Hours = AlwaysOpen | WeeklySchedule;

/** Who can be served in which language. */
export interface Languages {
  /** BCP 47 codes of the languages the staff speak directly, e.g. `['en', 'es']`. May be empty. */
  readonly codes: readonly string[];
  /**
   * Further languages through interpreters: a number is the lower bound the source gives
   * (`200` for "200+ through interpreters"); `true` when the source gives no number.
   */
  readonly interpreters?: number | true;
  /** English free text from the source, e.g. "Indigenous languages included". */
  readonly note?: string;
}

/**
 * A way to reach a helpline from abroad, standing in for an in-country-only channel. It has the
 * fields of a {@link Channel} except `inCountryOnly` and `fromAbroad`, and its `tel:`/`sms:` link
 * is always E.164.
 */
export type FromAbroad = Omit<Channel, 'inCountryOnly' | 'fromAbroad'>;

/** One way to reach a helpline: a number to call or text, a chat, a form, an address. */
export interface Channel {
  readonly type: ChannelType;
  /** What a reader sees, as the operator writes it: `1-888-373-7888`, `233733`. */
  readonly display: string;
  /**
   * The link: `tel:` (E.164, `tel:+18883737888`, or national digits when `inCountryOnly`),
   * `sms:` (same rule, `?body=KEYWORD` when a keyword applies), `https:` for chat, forms and
   * WhatsApp (`https://wa.me/<digits>`), `mailto:` for email.
   */
  readonly href: string;
  /** The word to text (SMS only), also in `href` as `?body=`. */
  readonly keyword?: string;
  /** Works only when dialled inside the helpline's country (short codes, national free numbers). */
  readonly inCountryOnly?: true;
  /** What to use instead from abroad, when the source gives one (only with `inCountryOnly`). */
  readonly fromAbroad?: FromAbroad;
  /** TTY: `true` when the line takes TTY calls; a string is how to reach it by TTY (`'711'`). */
  readonly tty?: true | string;
  /** Languages on this channel when they differ from the helpline's. */
  readonly languages?: Languages;
  /** Hours of this channel when they differ from the helpline's. */
  readonly hours?: Hours;
  /** `false` when this channel's details are less certain than the rest of the record. */
  readonly confirmed?: boolean;
  /** English free text for agencies and docs, e.g. "Text BEFREE or HELP". */
  readonly note?: string;
}

/** Who a helpline is for. `everyone` is a general line; the others are lines for one group only. */
export const AUDIENCES = ['everyone', 'women', 'children', 'migrant-workers'] as const;
/** Who a helpline is for: one of {@link AUDIENCES}. */
export type Audience = (typeof AUDIENCES)[number];

/** Parts of a record that our sources do not state (the UI should not claim them). */
export const UNCONFIRMED_PARTS = [
  'channels',
  'hours',
  'languages',
  'free',
  'topics',
  'audience',
] as const;
/**
 * A part of a record that is unconfirmed: `channels` means the list may be incomplete (the source
 * mentions text, chat or a form whose address we do not have); the others mean the field is left
 * out, or is only partly known.
 */
export type UnconfirmedPart = (typeof UNCONFIRMED_PARTS)[number];

/**
 * A public source of a record's facts: where it is, what it says (in short, in English) and when it
 * was read. `supports` names the parts of the record this source states, so a test can tell that no
 * part is stated without one.
 */
export interface Source {
  /** The page, `https:` (or `http:` where the page has no secure address). */
  readonly url: string;
  /** What the page says, in short: "24/7, free, 18 languages". */
  readonly states?: string;
  /** When it was read, `YYYY-MM-DD`. */
  readonly accessed?: string;
  /** The parts of the record this source states. */
  readonly supports?: readonly SourcedPart[];
}

/** A part of a record a source can state: the ones in {@link UNCONFIRMED_PARTS}. */
export type SourcedPart = UnconfirmedPart;

/** One helpline. Ours are in `data.ts`; an agency's own records use the same format and win. */
export interface Helpline {
  /** Stable identifier, unique in a list: an agency record with the same id replaces ours. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the country the helpline serves, upper case: `US`. */
  readonly country: string;
  /** Who runs it. */
  readonly organisation: string;
  /** The helpline's name. */
  readonly name: string;
  readonly topics: readonly Topic[];
  /**
   * Who the line is for. A line for one group (`women`, `children`, `migrant-workers`) is shown
   * with that group named, never as a general line. Left out when unknown.
   */
  readonly audience?: Audience;
  /** At least one. */
  readonly channels: readonly Channel[];
  /** Left out when unknown (and `'hours'` is in `unconfirmed`). */
  readonly hours?: Hours;
  /** Left out when unknown (and `'languages'` is in `unconfirmed`). */
  readonly languages?: Languages;
  /** Free of charge from inside the country; left out (`undefined`) when unknown. */
  readonly free?: boolean;
  /** Where the facts come from: at least one source. */
  readonly sources: readonly Source[];
  /** The date the facts were last checked against the sources, `YYYY-MM-DD`. */
  readonly verified: string;
  /** `true` only when the operator confirmed the record. */
  readonly confirmed: boolean;
  /** Which parts our sources do not state. */
  readonly unconfirmed?: readonly UnconfirmedPart[];
}
