import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, isDay } from '../calendar.js';
import { dayFromNumber, dayNumber, isDayFast } from './day-numbers.js';

describe('day numbers', () => {
  it('agree with the calendar module on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const day = addDays('1970-01-01', n);
        return dayNumber(day) === n && dayFromNumber(n) === day;
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('2026-03-01') - dayNumber('2024-02-28')).toBe(
      daysBetween('2024-02-28', '2026-03-01'),
    );
  });

  it('tell real dates from impossible ones as isDay does', () => {
    for (const value of [
      '2026-02-30',
      '2024-02-29',
      '2023-02-29',
      '2026-13-01',
      '2026-1-01',
      'x',
      '2026-12-31',
    ]) {
      expect(isDayFast(value), value).toBe(isDay(value));
    }
  });
});
