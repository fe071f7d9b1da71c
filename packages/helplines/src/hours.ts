import { DAYS, type Channel, type Helpline, type Hours, type WeeklySchedule } from './types.js';

/** Whether a helpline is open at an instant, and when that changes. */
export interface OpenStatus {
  open: boolean;
  /** Set when the helpline never closes. */
  alwaysOpen?: true;
  /** When open: the instant it next closes (left out when that is more than a week away). */
  closesAt?: Date;
  /** When closed: the instant it next opens (left out when it opens on no day of the week). */
  opensAt?: Date;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of an `HH:MM` time on the 24-hour clock, `undefined` when malformed.
 * `'24:00'` (1440) is accepted only when `close` is true: the end of the day.
 */
export function parseTime(value: unknown, close = false): number | undefined {
  if (close && value === '24:00') return 1440;
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** `true` when `Intl` knows the IANA time zone `zone` (`Europe/London`), `false` otherwise. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The hours that apply to a channel: its own when it has them, else its helpline's. */
export function channelHours(record: Helpline, channel: Channel): Hours | undefined {
  return channel.hours ?? record.hours;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time at `instant` in `zone`, as if it were UTC (ms), to the second. */
function wallClock(instant: number, zone: string): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which `zone`'s wall clock shows `wall` (a wall-clock time written as UTC ms).
 * A time that happens twice (clocks going back) is the first; a time that never happens (clocks
 * going forward) is moved on by the size of the jump, so 02:30 on a spring-forward night is 03:30.
 */
function instantOf(wall: number, zone: string): number {
  const before = wall - offsetAt(wall - DAY, zone);
  const after = wall - offsetAt(wall + DAY, zone);
  const real = [before, after].filter((t) => t + offsetAt(t, zone) === wall);
  return real.length > 0 ? Math.min(...real) : before;
}

/** Opening periods as instants, from the day before `at` to a week after it (local days). */
function periodsAround(hours: WeeklySchedule, at: number) {
  const zone = hours.timeZone;
  const today = Math.floor(wallClock(at, zone) / DAY) * DAY;
  const periods: { start: number; end: number }[] = [];
  for (let offset = -1; offset <= 7; offset++) {
    const day = today + offset * DAY;
    const ranges: unknown = hours.weekly[DAYS[new Date(day).getUTCDay()]!];
    if (ranges === undefined) continue;
    if (!Array.isArray(ranges)) return undefined;
    for (const range of ranges as unknown[]) {
      if (!Array.isArray(range) || range.length !== 2) return undefined;
      const open = parseTime(range[0]);
      const close = parseTime(range[1], true);
      if (open === undefined || close === undefined || open === close) return undefined;
      const end = close > open ? close : close + 1440;
      periods.push({
        start: instantOf(day + open * MINUTE, zone),
        end: instantOf(day + end * MINUTE, zone),
      });
    }
  }
  periods.sort((a, b) => a.start - b.start);
  const merged: typeof periods = [];
  for (const period of periods) {
    const last = merged.at(-1);
    if (last && period.start <= last.end) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  return { merged, horizon: instantOf(today + 8 * DAY, zone) };
}

/**
 * Whether `hours` are open at the instant `at`, read in the helpline's own time zone with `Intl`
 * (daylight saving time included), with the next close or opening:
 *
 *     openStatus({ timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } }, now)
 *     // → { open: false, opensAt: <Date: next Monday 09:00 London time> }
 *
 * `undefined` when it cannot be known: no hours, an unknown time zone, a malformed range or an
 * invalid date. A UI should then say nothing about opening times rather than "closed".
 */
export function openStatus(hours: Hours | undefined, at: Date): OpenStatus | undefined {
  if (typeof hours !== 'object' || hours === null) return undefined;
  if ('alwaysOpen' in hours && hours.alwaysOpen === true) return { open: true, alwaysOpen: true };
  const time = typeof at?.getTime === 'function' ? at.getTime() : NaN;
  if (!('timeZone' in hours) || !isTimeZone(hours.timeZone) || !Number.isFinite(time)) {
    return undefined;
  }
  if (typeof hours.weekly !== 'object' || hours.weekly === null) return undefined;
  const around = periodsAround(hours, time);
  if (!around) return undefined;
  const current = around.merged.find((p) => p.start <= time && time < p.end);
  if (current) {
    return current.end < around.horizon
      ? { open: true, closesAt: new Date(current.end) }
      : { open: true };
  }
  const next = around.merged.find((p) => p.start > time);
  return next ? { open: false, opensAt: new Date(next.start) } : { open: false };
}
