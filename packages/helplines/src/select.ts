import { countryCode, findAHelplineUrl } from './countries.js';
import type { EmergencyNumbers } from './emergency.js';
import type { Channel, FromAbroad, Helpline, Topic } from './types.js';

/** What to select: a country (ISO 3166-1 alpha-2) and, optionally, a topic. */
export interface SelectOptions {
  country: string;
  topic?: Topic;
}

/**
 * The helplines of one country (and topic, when given), confirmed records first, otherwise in the
 * order of `records`. The country code may be in either case (`'ua'` finds `UA`).
 *
 *     selectHelplines(helplines, { country: 'GB', topic: 'labour-exploitation' })
 */
export function selectHelplines(records: readonly Helpline[], options: SelectOptions): Helpline[] {
  const country = countryCode(options.country);
  const { topic } = options;
  return records
    .filter((r) => r.country === country && (topic === undefined || r.topics.includes(topic)))
    .sort((a, b) => Number(b.confirmed === true) - Number(a.confirmed === true));
}

/** Where a displaced reader is (`host`) and where they come from (`origin`), ISO alpha-2 codes. */
export interface DisplacementOptions {
  host: string;
  origin: string;
  topic?: Topic;
}

/** A channel a reader can use from where they are. */
export interface ReachableChannel {
  /** The channel to show: the helpline's own, or the from-abroad alternative of one. */
  channel: Channel | FromAbroad;
  /** Set when `channel` is a from-abroad alternative: the in-country-only channel it replaces. */
  insteadOf?: Channel;
}

/** A helpline selected for a displaced reader, with the channels they can reach. */
export interface PlacedHelpline {
  record: Helpline;
  /** `host`: a line of the country the reader is in; `origin`: a line of their home country. */
  role: 'host' | 'origin';
  /** In the record's order; never empty. */
  channels: ReachableChannel[];
}

/**
 * The one place a {@link PlacedHelpline} is built: a host line (or a pinned one) keeps every
 * channel; an origin line keeps the channels that work from abroad, an in-country-only channel
 * replaced by its `fromAbroad` alternative (with `insteadOf` set) or left out. `undefined` when an
 * origin line has no channel left.
 */
function place(record: Helpline, role: PlacedHelpline['role']): PlacedHelpline | undefined {
  if (role === 'host') {
    return { record, role, channels: record.channels.map((channel) => ({ channel })) };
  }
  const channels: ReachableChannel[] = [];
  const hrefs = new Set<string>();
  for (const channel of record.channels) {
    const reachable: ReachableChannel | undefined =
      channel.inCountryOnly !== true
        ? { channel }
        : channel.fromAbroad && { channel: channel.fromAbroad, insteadOf: channel };
    // Two short codes with the same from-abroad number show it once.
    if (reachable && !hrefs.has(reachable.channel.href)) {
      hrefs.add(reachable.channel.href);
      channels.push(reachable);
    }
  }
  return channels.length > 0 ? { record, role, channels } : undefined;
}

const placeAll = (records: readonly Helpline[], role: PlacedHelpline['role']) =>
  records.flatMap((record) => place(record, role) ?? []);

/**
 * Helplines for a reader displaced from `origin` into `host`: the host country's lines first (all
 * their channels: the reader is there), then the origin country's lines as reachable from abroad.
 * An in-country-only origin channel is replaced by its `fromAbroad` alternative (with `insteadOf`
 * set, so a UI can say "from abroad"), or left out when it has none; an origin line left with no
 * channel is left out. When host and origin are the same, this is the host's lines.
 *
 *     selectForDisplacement(helplines, { host: 'PL', origin: 'UA' })
 *     // → [{ role: 'host', record: <KCIK>, … },
 *     //    { role: 'origin', record: <1547>, channels: [{ channel: <+38 044 284 19 15>, insteadOf: <1547> }] }]
 */
export function selectForDisplacement(
  records: readonly Helpline[],
  { host, origin, topic }: DisplacementOptions,
): PlacedHelpline[] {
  const { host: here, fromOrigin } = placeHelplines(records, { country: host, origin, topic });
  return [...here, ...fromOrigin];
}

/** What a reader needs placed: where they are, where they come from, a topic, a pinned line. */
export interface PlacementQuery {
  /** The country the reader is in (any case; anything else is ignored). */
  country?: unknown;
  /** A displaced reader's home country. */
  origin?: unknown;
  topic?: Topic;
  /** Show this line alone (by id), whatever the country. */
  pinned?: string;
  /**
   * Emergency numbers by country: ours are `emergencyNumbers` (in the dataset's file, so a UI that
   * loads the dataset on demand gets both at once). Without it, `emergency` is left out.
   */
  emergency?: Readonly<Record<string, EmergencyNumbers>>;
}

/** What to show a reader, in order. A UI renders this and decides nothing more. */
export interface Placement {
  /** The reader's country, normalised (`'UA'`); `undefined` when none or not a country code. */
  country?: string;
  /** Their home country, normalised, only when it differs from `country` (and nothing is pinned). */
  origin?: string;
  /** Lines of the country the reader is in, every channel (or the pinned line alone). */
  host: PlacedHelpline[];
  /** Lines of `origin` with the channels that work from abroad. */
  fromOrigin: PlacedHelpline[];
  /** The emergency numbers of `country` (or the pinned line's country), when sourced. */
  emergency?: EmergencyNumbers;
  /** Find A Helpline for `country`, when `host` is empty: a further resource, never data. */
  findAHelpline?: string;
}

/**
 * Places helplines for a reader: the one function a UI asks what to show. Country codes are
 * normalised here (`countryCode`), so callers pass what they have.
 *
 * - `pinned` names a record: it is shown alone (an unknown id is ignored).
 * - Otherwise the lines of `country` (and `topic`), confirmed records first; for a displaced reader
 *   (`origin` differs) then the lines of `origin` that work from abroad.
 * - With no line for `country`: `findAHelpline` links to Find A Helpline for it; `emergency` is the
 *   country's emergency numbers whenever we have a source for them.
 *
 * Worked example: a reader from Ukraine now in Poland.
 *
 *     placeHelplines(helplines, { country: 'pl', origin: 'UA', emergency: emergencyNumbers })
 *     // → { country: 'PL', origin: 'UA',
 *     //     host: [{ role: 'host', record: <pl-kcik>,
 *     //              channels: [{ channel: <+48 22 628 99 99> }, { channel: <+48 22 628 01 20> }] }],
 *     //     fromOrigin: [{ role: 'origin', record: <ua-government-1547>,
 *     //                    channels: [{ channel: <+38 044 284 19 15>, insteadOf: <1547> }] }],
 *     //     emergency: { country: 'PL', numbers: [{ number: '112', services: […] }], … } }
 *
 * The Ukrainian short codes 527 and 116 123 work only inside Ukraine and have no number for callers
 * abroad, so those lines are left out of `fromOrigin`. For a reader in Sudan, where we have no line:
 * `{ country: 'SD', host: [], fromOrigin: [], emergency: <999, 333>, findAHelpline:
 * 'https://findahelpline.com/SD' }`.
 */
export function placeHelplines(records: readonly Helpline[], query: PlacementQuery): Placement {
  const pinnedRecord = query.pinned ? records.find((r) => r.id === query.pinned) : undefined;
  const country = countryCode(query.country);
  if (pinnedRecord) {
    const emergency = query.emergency?.[country ?? pinnedRecord.country];
    return {
      ...(country && { country }),
      host: placeAll([pinnedRecord], 'host'),
      fromOrigin: [],
      ...(emergency && { emergency }),
    };
  }
  const origin = countryCode(query.origin);
  const { topic } = query;
  const of = (code: string | undefined) =>
    code ? selectHelplines(records, topic ? { country: code, topic } : { country: code }) : [];
  const host = placeAll(of(country), 'host');
  const away = origin && origin !== country ? origin : undefined;
  const fromOrigin = placeAll(of(away), 'origin');
  const emergency = country ? query.emergency?.[country] : undefined;
  const findAHelpline = host.length === 0 ? findAHelplineUrl(country) : undefined;
  return {
    ...(country && { country }),
    ...(away && { origin: away }),
    host,
    fromOrigin,
    ...(emergency && { emergency }),
    ...(findAHelpline && { findAHelpline }),
  };
}
