import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  dayIn,
  daysBetween,
  isDay,
  isDayOver,
  isTimeZone,
} from './calendar.js';

describe('isDay', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('26-01-01')).toBe(false);
  });
});

describe('time zones', () => {
  it('knows IANA names and refuses offsets and nonsense', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+02:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('returns the canonical spelling', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Nowhere/Else')).toBeNull();
  });
});

describe('dayIn', () => {
  it('puts one instant on different days in different zones', () => {
    const instant = new Date('2026-03-10T23:30:00Z');
    expect(dayIn(instant, 'UTC')).toBe('2026-03-10');
    expect(dayIn(instant, 'Europe/Berlin')).toBe('2026-03-11');
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-03-10');
    expect(dayIn(instant, 'Pacific/Kiritimati')).toBe('2026-03-11');
    expect(dayIn(new Date('2026-03-10T09:00:00Z'), 'Pacific/Pago_Pago')).toBe('2026-03-09');
  });

  it('follows daylight saving time changes', () => {
    // Europe springs forward on 2026-03-29: 00:30 UTC is 01:30 CET, 23:30 UTC is 01:30 CEST next day.
    expect(dayIn(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayIn(new Date('2026-03-29T21:59:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayIn(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    // The US falls back on 2026-11-01: midnight in New York is 04:00 UTC before, 05:00 UTC after.
    expect(dayIn(new Date('2026-11-01T03:59:00Z'), 'America/New_York')).toBe('2026-10-31');
    expect(dayIn(new Date('2026-11-02T04:59:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(dayIn(new Date('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('throws for an unknown zone rather than guessing', () => {
    expect(() => dayIn(new Date(), 'Not/AZone')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  const dayArb = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        const later = addDays(day, n);
        expect(isDay(later)).toBe(true);
        expect(daysBetween(day, later)).toBe(n);
        expect(addDays(later, -n)).toBe(day);
      }),
    );
  });

  it('a local day is never more than one day from the UTC day (property)', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2060-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const utcDay = instant.toISOString().slice(0, 10);
          expect(Math.abs(daysBetween(utcDay, dayIn(instant, zone)))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('isDayOver', () => {
  it('is false during the day and true after local midnight', () => {
    expect(isDayOver('2026-03-10', new Date('2026-03-10T22:59:00Z'), 'Europe/Berlin')).toBe(false);
    expect(isDayOver('2026-03-10', new Date('2026-03-10T23:00:00Z'), 'Europe/Berlin')).toBe(true);
    expect(isDayOver('2026-03-10', new Date('2026-03-10T23:00:00Z'), 'UTC')).toBe(false);
  });
});
