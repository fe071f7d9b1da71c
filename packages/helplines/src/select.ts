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
  const country = typeof options.country === 'string' ? options.country.trim().toUpperCase() : '';
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

/** The channels of an origin-country line that work from abroad. */
function reachableFromAbroad(record: Helpline): ReachableChannel[] {
  const reachable: ReachableChannel[] = [];
  for (const channel of record.channels) {
    if (channel.inCountryOnly !== true) reachable.push({ channel });
    else if (channel.fromAbroad)
      reachable.push({ channel: channel.fromAbroad, insteadOf: channel });
  }
  // Two short codes with the same from-abroad number show it once.
  return reachable.filter(
    ({ channel }, i) => reachable.findIndex((r) => r.channel.href === channel.href) === i,
  );
}

/**
 * Helplines for a reader displaced from `origin` into `host`: the host country's lines first (all
 * their channels: the reader is there), then the origin country's lines as reachable from abroad.
 * An in-country-only origin channel is replaced by its `fromAbroad` alternative (with `insteadOf`
 * set, so a UI can say "from abroad"), or left out when it has none; an origin line left with no
 * channel is left out. When host and origin are the same, this is the host's lines.
 *
 *     selectForDisplacement(helplines, { host: 'PL', origin: 'UA' })
 *     // → [{ role: 'origin', record: <La Strada 527>, channels: [{ channel: <+38 044 284 19 15>, insteadOf: <527> }] }]
 */
export function selectForDisplacement(
  records: readonly Helpline[],
  { host, origin, topic }: DisplacementOptions,
): PlacedHelpline[] {
  const hostLines = selectHelplines(records, topic ? { country: host, topic } : { country: host });
  const placed: PlacedHelpline[] = hostLines.map((record) => ({
    record,
    role: 'host',
    channels: record.channels.map((channel) => ({ channel })),
  }));
  const sameCountry = String(host).trim().toUpperCase() === String(origin).trim().toUpperCase();
  if (sameCountry) return placed;
  for (const record of selectHelplines(
    records,
    topic ? { country: origin, topic } : { country: origin },
  )) {
    const channels = reachableFromAbroad(record);
    if (channels.length > 0) placed.push({ record, role: 'origin', channels });
  }
  return placed;
}
