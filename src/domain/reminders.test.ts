import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  inQuietHours,
  instantOfLocal,
  isLocalTime,
  minutesOf,
  nextFiring,
  wallTimeOf,
  type ReminderSchedule,
} from './reminders.js';

const everyDay = [1, 2, 3, 4, 5, 6, 7] as const;
const schedule = (over: Partial<ReminderSchedule>): ReminderSchedule => ({
  days: everyDay,
  time: '09:00',
  timeZone: 'UTC',
  quietHours: null,
  ...over,
});
const iso = (date: Date | undefined | null) => date?.toISOString();

describe('local times', () => {
  it('takes HH:MM on a 24-hour clock only', () => {
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    for (const bad of ['24:00', '9:00', '09:60', '09:00:00', ''])
      expect(isLocalTime(bad)).toBe(false);
    expect(minutesOf('07:30')).toBe(450);
  });
});

describe('instantOfLocal across zones', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15', '09:00', '2026-01-15T08:00:00.000Z'],
    ['Europe/Berlin', '2026-07-15', '09:00', '2026-07-15T07:00:00.000Z'],
    ['America/New_York', '2026-01-15', '09:00', '2026-01-15T14:00:00.000Z'],
    ['America/New_York', '2026-07-15', '09:00', '2026-07-15T13:00:00.000Z'],
    ['Asia/Kolkata', '2026-07-15', '09:00', '2026-07-15T03:30:00.000Z'],
    ['Asia/Kolkata', '2026-07-15', '03:00', '2026-07-14T21:30:00.000Z'],
    // Southern hemisphere: summer time in January.
    ['Pacific/Auckland', '2026-01-15', '09:00', '2026-01-14T20:00:00.000Z'],
    ['Pacific/Auckland', '2026-07-15', '09:00', '2026-07-14T21:00:00.000Z'],
  ])('%s %s %s is %s', (zone, day, time, expected) => {
    expect(iso(instantOfLocal(day, time, zone))).toBe(expected);
  });

  it('fires a time in the spring-forward gap at the first valid minute after it', () => {
    // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(iso(instantOfLocal('2026-03-29', '02:30', 'Europe/Berlin'))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(
      wallTimeOf(instantOfLocal('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin'),
    ).toEqual({ day: '2026-03-29', minutes: 180 });
    // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT.
    expect(iso(instantOfLocal('2026-03-08', '02:15', 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    // Auckland, 27 September 2026: 02:00 NZST becomes 03:00 NZDT.
    expect(iso(instantOfLocal('2026-09-27', '02:45', 'Pacific/Auckland'))).toBe(
      '2026-09-26T14:00:00.000Z',
    );
  });

  it('fires a time that happens twice at fall back at its first occurrence', () => {
    // Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    expect(iso(instantOfLocal('2026-10-25', '02:30', 'Europe/Berlin'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // New York, 1 November 2026: 01:30 happens twice; EDT's comes first.
    expect(iso(instantOfLocal('2026-11-01', '01:30', 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // Auckland, 5 April 2026: 02:30 NZDT comes before 02:30 NZST.
    expect(iso(instantOfLocal('2026-04-05', '02:30', 'Pacific/Auckland'))).toBe(
      '2026-04-04T13:30:00.000Z',
    );
  });

  it('turns every local minute back into itself where the time exists once (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, dayIndex, minutes) => {
          const day = new Date(Date.UTC(2026, 0, 1 + dayIndex)).toISOString().slice(0, 10);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const at = instantOfLocal(day, time, zone);
          const wall = wallTimeOf(at, zone);
          // Either exactly that wall time, or (in a gap) later the same day, within the jump.
          expect(wall.day).toBe(day);
          expect(wall.minutes).toBeGreaterThanOrEqual(minutes);
          expect(wall.minutes - minutes).toBeLessThanOrEqual(60);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('quiet hours', () => {
  it('holds within a day, start inside and end outside', () => {
    const quiet = { start: '13:00', end: '14:00' };
    expect(inQuietHours(minutesOf('12:59'), quiet)).toBe(false);
    expect(inQuietHours(minutesOf('13:00'), quiet)).toBe(true);
    expect(inQuietHours(minutesOf('13:59'), quiet)).toBe(true);
    expect(inQuietHours(minutesOf('14:00'), quiet)).toBe(false);
  });

  it('wraps midnight', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(inQuietHours(minutesOf('21:59'), quiet)).toBe(false);
    expect(inQuietHours(minutesOf('22:00'), quiet)).toBe(true);
    expect(inQuietHours(minutesOf('00:00'), quiet)).toBe(true);
    expect(inQuietHours(minutesOf('06:59'), quiet)).toBe(true);
    expect(inQuietHours(minutesOf('07:00'), quiet)).toBe(false);
  });

  it('means none when start and end are equal, or when unset', () => {
    expect(inQuietHours(0, { start: '08:00', end: '08:00' })).toBe(false);
    expect(inQuietHours(0, null)).toBe(false);
  });
});

describe('nextFiring', () => {
  it('is today when today’s time is still ahead, tomorrow once it has passed', () => {
    const berlin = schedule({ timeZone: 'Europe/Berlin', time: '20:00' });
    expect(nextFiring(berlin, new Date('2026-01-15T10:00:00Z'))).toEqual({
      day: '2026-01-15',
      at: new Date('2026-01-15T19:00:00Z'),
    });
    expect(nextFiring(berlin, new Date('2026-01-15T19:00:00Z'))?.day).toBe('2026-01-16');
  });

  it('uses the member’s day, not the server’s: Auckland is already tomorrow', () => {
    const auckland = schedule({ timeZone: 'Pacific/Auckland', time: '08:00' });
    // 20:00 UTC on the 15th is 09:00 on the 16th in Auckland: the 16th's time has passed.
    expect(nextFiring(auckland, new Date('2026-01-15T20:00:00Z'))).toEqual({
      day: '2026-01-17',
      at: new Date('2026-01-16T19:00:00Z'),
    });
  });

  it('keeps the local time across a DST change in both directions', () => {
    const berlin = schedule({ timeZone: 'Europe/Berlin', time: '09:00' });
    // Saturday 28 March (CET) then Sunday 29 March (CEST): an hour earlier in UTC.
    const saturday = nextFiring(berlin, new Date('2026-03-28T07:00:00Z'))!;
    expect(iso(saturday.at)).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(nextFiring(berlin, saturday.at)?.at)).toBe('2026-03-29T07:00:00.000Z');
    // And back on 25 October.
    const before = nextFiring(berlin, new Date('2026-10-24T06:00:00Z'))!;
    expect(iso(before.at)).toBe('2026-10-24T07:00:00.000Z');
    expect(iso(nextFiring(berlin, before.at)?.at)).toBe('2026-10-25T08:00:00.000Z');
  });

  it('fires once on the fall-back night, at the first 02:30', () => {
    const berlin = schedule({ timeZone: 'Europe/Berlin', time: '02:30' });
    const first = nextFiring(berlin, new Date('2026-10-24T12:00:00Z'))!;
    expect(iso(first.at)).toBe('2026-10-25T00:30:00.000Z');
    const next = nextFiring(berlin, first.at)!;
    expect(next.day).toBe('2026-10-26');
  });

  it('keeps to the chosen weekdays', () => {
    // 15 January 2026 is a Thursday; Monday and Wednesday only → Monday the 19th.
    const some = schedule({ days: [1, 3], time: '09:00' });
    expect(nextFiring(some, new Date('2026-01-15T10:00:00Z'))?.day).toBe('2026-01-19');
    expect(nextFiring(schedule({ days: [] }), new Date('2026-01-15T10:00:00Z'))).toBeNull();
  });

  it('skips a time inside quiet hours, wrapping midnight, and has none when every one is', () => {
    const late = schedule({ time: '23:30', quietHours: { start: '22:00', end: '07:00' } });
    expect(nextFiring(late, new Date('2026-01-15T10:00:00Z'))).toBeNull();
    const early = schedule({ time: '07:00', quietHours: { start: '22:00', end: '07:00' } });
    expect(iso(nextFiring(early, new Date('2026-01-15T10:00:00Z'))?.at)).toBe(
      '2026-01-16T07:00:00.000Z',
    );
  });
});
