import { describe, expect, it } from 'vitest';
import { addYears, DAY_BOUNDS, pastDayProblem, reviewDayProblem } from './day-bounds.js';

describe('addYears', () => {
  it('moves a day by whole years, 29 February to the 28th when the year has none', () => {
    expect(addYears('2026-03-10', 5)).toBe('2031-03-10');
    expect(addYears('2026-03-10', -100)).toBe('1926-03-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('pastDayProblem', () => {
  const today = '2026-03-10';
  it('takes today and earlier days back to the bound', () => {
    expect(pastDayProblem(today, today, 5)).toBeNull();
    expect(pastDayProblem('2021-03-10', today, 5)).toBeNull();
    expect(pastDayProblem('1926-03-10', today, DAY_BOUNDS.breachYearsBack)).toBeNull();
  });

  it('refuses the future and days before the bound, saying which', () => {
    expect(pastDayProblem('2026-03-11', today, 5)).toBe('must not be in the future');
    expect(pastDayProblem('9999-12-31', today, 5)).toBe('must not be in the future');
    expect(pastDayProblem('2021-03-09', today, 5)).toBe('must be within the last 5 years');
    expect(pastDayProblem('1000-01-01', today, 100)).toBe('must be within the last 100 years');
  });
});

describe('reviewDayProblem', () => {
  const today = '2026-03-10';
  it('takes today up to a few years ahead', () => {
    expect(reviewDayProblem(today, today)).toBeNull();
    expect(reviewDayProblem(addYears(today, DAY_BOUNDS.reviewYearsAhead), today)).toBeNull();
  });

  it('refuses the past and days far ahead, saying which', () => {
    expect(reviewDayProblem('2026-03-09', today)).toBe('must be today or later');
    expect(reviewDayProblem('2031-03-11', today)).toBe('must be within 5 years from today');
    expect(reviewDayProblem('9999-12-31', today)).toBe('must be within 5 years from today');
  });
});
