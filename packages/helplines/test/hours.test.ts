import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import {
  channelHours,
  helplines,
  isTimeZone,
  openStatus,
  parseTime,
  type Hours,
  type WeeklyHours,
} from '../src/index.js';

const at = (iso: string) => new Date(iso);
const weekdays = (range: readonly [string, string]): WeeklyHours => ({
  mon: [range],
  tue: [range],
  wed: [range],
  thu: [range],
  fri: [range],
});
/** The status with instants as ISO strings, so a failure shows readable times. */
const status = (hours: Hours | undefined, iso: string) => {
  const result = openStatus(hours, at(iso));
  if (!result) return result;
  return {
    ...result,
    ...(result.closesAt && { closesAt: result.closesAt.toISOString() }),
    ...(result.opensAt && { opensAt: result.opensAt.toISOString() }),
  };
};

describe('openStatus', () => {
  it('is always open for alwaysOpen hours, at any instant', () => {
    expect(openStatus({ alwaysOpen: true }, at('2026-11-28T03:00:00Z'))).to.deep.equal({
      open: true,
      alwaysOpen: true,
    });
    const us = helplines.find((r) => r.id === 'us-nhth')!;
    expect(openStatus(us.hours, at('2026-12-25T08:00:00Z'))).to.deep.equal({
      open: true,
      alwaysOpen: true,
    });
  });

  describe('America/New_York, clocks forward on Sunday 2026-03-08 (EST −5 → EDT −4)', () => {
    const office: Hours = { timeZone: 'America/New_York', weekly: weekdays(['09:00', '17:00']) };

    it('opens on Monday at 09:00 EDT, an hour earlier in UTC than the Friday before', () => {
      expect(status(office, '2026-03-06T21:59:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-03-06T22:00:00.000Z',
      });
      expect(status(office, '2026-03-06T23:00:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-03-09T13:00:00.000Z',
      });
      expect(status(office, '2026-03-09T13:00:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-03-09T21:00:00.000Z',
      });
      expect(status(office, '2026-03-09T12:59:59Z')).to.deep.equal({
        open: false,
        opensAt: '2026-03-09T13:00:00.000Z',
      });
    });

    it('counts a range across the change in real time (00:00–06:00 is five hours)', () => {
      const night: Hours = { timeZone: 'America/New_York', weekly: { sun: [['00:00', '06:00']] } };
      expect(status(night, '2026-03-08T06:30:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-03-08T10:00:00.000Z',
      });
      expect(status(night, '2026-03-08T04:59:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-03-08T05:00:00.000Z',
      });
    });

    it('opens a range that starts in the skipped hour (02:30) at 03:30 EDT', () => {
      const skipped: Hours = {
        timeZone: 'America/New_York',
        weekly: { sun: [['02:30', '04:00']] },
      };
      expect(status(skipped, '2026-03-08T05:00:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-03-08T07:30:00.000Z',
      });
      expect(status(skipped, '2026-03-08T07:45:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-03-08T08:00:00.000Z',
      });
    });
  });

  describe('Europe/London, clocks back on Sunday 2026-10-25 (BST +1 → GMT +0)', () => {
    const office: Hours = { timeZone: 'Europe/London', weekly: weekdays(['09:00', '17:00']) };

    it('closes on Friday at 17:00 BST and opens on Monday at 09:00 GMT', () => {
      expect(status(office, '2026-10-23T15:59:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-10-23T16:00:00.000Z',
      });
      expect(status(office, '2026-10-23T16:00:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-10-26T09:00:00.000Z',
      });
      expect(status(office, '2026-10-26T16:30:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-10-26T17:00:00.000Z',
      });
    });

    it('runs an overnight range across the change (Sat 22:00 BST → Sun 06:00 GMT)', () => {
      const night: Hours = { timeZone: 'Europe/London', weekly: { sat: [['22:00', '06:00']] } };
      expect(status(night, '2026-10-25T01:30:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-10-25T06:00:00.000Z',
      });
      expect(status(night, '2026-10-24T20:59:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-10-24T21:00:00.000Z',
      });
    });

    it('opens a range that starts at a time that happens twice (01:30) the first time', () => {
      const twice: Hours = { timeZone: 'Europe/London', weekly: { sun: [['01:30', '03:00']] } };
      expect(status(twice, '2026-10-25T00:00:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-10-25T00:30:00.000Z',
      });
      expect(status(twice, '2026-10-25T02:59:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-10-25T03:00:00.000Z',
      });
    });
  });

  describe('Asia/Manila (UTC+8, no daylight saving time)', () => {
    const monday: Hours = { timeZone: 'Asia/Manila', weekly: { mon: [['08:00', '17:00']] } };

    it('takes the day of the week in Manila, not in UTC', () => {
      // Sunday 23:30 UTC is Monday 07:30 in Manila.
      expect(status(monday, '2026-11-29T23:30:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-11-30T00:00:00.000Z',
      });
      expect(status(monday, '2026-11-30T00:30:00Z')).to.deep.equal({
        open: true,
        closesAt: '2026-11-30T09:00:00.000Z',
      });
    });

    it('finds the next opening a week later', () => {
      expect(status(monday, '2026-11-30T09:00:00Z')).to.deep.equal({
        open: false,
        opensAt: '2026-12-07T00:00:00.000Z',
      });
    });
  });

  it('keeps America/Mexico_City on UTC−6 while the United States are on summer time', () => {
    const office: Hours = { timeZone: 'America/Mexico_City', weekly: weekdays(['09:00', '17:00']) };
    expect(status(office, '2026-04-06T15:00:00Z')).to.deep.equal({
      open: true,
      closesAt: '2026-04-06T23:00:00.000Z',
    });
    expect(status(office, '2026-04-06T14:59:00Z')).to.deep.equal({
      open: false,
      opensAt: '2026-04-06T15:00:00.000Z',
    });
  });

  it('joins ranges that meet at midnight into one opening', () => {
    const evening: Hours = {
      timeZone: 'UTC',
      weekly: { fri: [['18:00', '24:00']], sat: [['00:00', '02:00']] },
    };
    expect(status(evening, '2026-11-27T23:00:00Z')).to.deep.equal({
      open: true,
      closesAt: '2026-11-28T02:00:00.000Z',
    });
  });

  it('gives no closing time for a schedule that never closes within a week', () => {
    const whole: readonly [string, string] = ['00:00', '24:00'];
    const everyDay: Hours = {
      timeZone: 'Asia/Manila',
      weekly: {
        sun: [whole],
        mon: [whole],
        tue: [whole],
        wed: [whole],
        thu: [whole],
        fri: [whole],
        sat: [whole],
      },
    };
    expect(status(everyDay, '2026-11-28T12:00:00Z')).to.deep.equal({ open: true });
  });

  it('is closed with no next opening for a schedule without any range', () => {
    expect(status({ timeZone: 'UTC', weekly: { mon: [] } }, '2026-11-30T10:00:00Z')).to.deep.equal({
      open: false,
    });
  });

  it('is undefined (unknown, not "closed") when the hours cannot be read', () => {
    const when = '2026-11-30T10:00:00Z';
    expect(status(undefined, when)).to.equal(undefined);
    expect(
      status({ timeZone: 'Mars/Olympus', weekly: { mon: [['09:00', '17:00']] } }, when),
    ).to.equal(undefined);
    expect(status({ timeZone: 'UTC', weekly: { mon: [['9:00', '17:00']] } }, when)).to.equal(
      undefined,
    );
    expect(status({ timeZone: 'UTC', weekly: { mon: [['09:00', '09:00']] } }, when)).to.equal(
      undefined,
    );
    const hostile = JSON.parse('{"timeZone":"UTC","weekly":{"mon":"09:00-17:00"}}') as Hours;
    expect(status(hostile, when)).to.equal(undefined);
    const noWeek = JSON.parse('{"timeZone":"UTC"}') as Hours;
    expect(status(noWeek, when)).to.equal(undefined);
    expect(openStatus({ timeZone: 'UTC', weekly: {} }, new Date('not a date'))).to.equal(undefined);
    expect(openStatus({ timeZone: 'UTC', weekly: {} }, '2026-11-30' as unknown as Date)).to.equal(
      undefined,
    );
  });

  it("uses a channel's own hours before its helpline's", () => {
    const mx = helplines.find((r) => r.id === 'mx-linea-nacional')!;
    expect(mx.channels.map((c) => channelHours(mx, c))).to.deep.equal([
      undefined,
      { alwaysOpen: true },
    ]);
    const us = helplines.find((r) => r.id === 'us-nhth')!;
    expect(channelHours(us, us.channels[0]!)).to.deep.equal({ alwaysOpen: true });
  });
});

describe('time helpers', () => {
  it('reads HH:MM on the 24-hour clock, 24:00 only as a closing time', () => {
    expect([parseTime('00:00'), parseTime('09:30'), parseTime('23:59')]).to.deep.equal([
      0, 570, 1439,
    ]);
    expect([
      parseTime('24:00', true),
      parseTime('24:00'),
      parseTime('9:30'),
      parseTime('25:00'),
    ]).to.deep.equal([1440, undefined, undefined, undefined]);
    expect([parseTime('12:60'), parseTime(930), parseTime(' 09:30')]).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('knows IANA time zones through Intl', () => {
    expect(
      ['Europe/London', 'Asia/Manila', 'UTC', 'Mars/Olympus', '', 42].map(isTimeZone),
    ).to.deep.equal([true, true, true, false, false, false]);
  });
});
