import { describe, expect, it } from 'vitest';
import { durationRange, forecastSentences, monthRange } from './forecast-words';

const base = {
  severity: 'severe' as const,
  origin: '2026-01-01',
  breachDay: '2026-01-01',
  recalculating: false,
  recoveredBy: { p10: '2026-09-10', p50: '2027-01-05', p90: '2027-05-20' },
  showRange: true,
  pLongerThan3Years: 0.05,
  typical: { p10: '2026-06-01', p50: '2027-04-01', p90: '2029-01-01' },
  factors: [],
  checkInsCounted: 120,
  countedUntil: '2026-06-30',
};

describe('forecast words', () => {
  it('says a range of months, never a single date', () => {
    expect(monthRange('2027-03-02', '2027-06-20')).toBe('between March and June 2027');
    expect(monthRange('2026-11-02', '2027-02-20')).toBe('between November 2026 and February 2027');
    const words = forecastSentences(base, '2026-07-01');
    expect(words.headline).toBe(
      'Trust is likely to feel rebuilt between September 2026 and May 2027.',
    );
    expect(words.basis).toContain('not a deadline');
    expect(words.basis).toContain('120 check-ins up to 30 June 2026');
    expect(words.longer).toBeNull();
  });

  it('gives the typical range for a similar breach when the range is too wide', () => {
    const words = forecastSentences({ ...base, showRange: false }, '2026-07-01');
    expect(words.headline).toBe(
      'It is too early to give you two a range of dates. For a very serious breach, couples typically need 5 months to 3 years from the day it came to light.',
    );
  });

  it('says recalculating after a setback, with no range', () => {
    const words = forecastSentences(
      { ...base, recalculating: true, origin: '2026-06-20' },
      '2026-07-01',
    );
    expect(words.headline).toMatch(
      /^Recalculating\. A setback restarted the estimate on 20 June 2026/,
    );
    expect(words.headline).not.toContain('between September');
  });

  it('says the chance of more than three years plainly, only above 20 %', () => {
    expect(forecastSentences({ ...base, pLongerThan3Years: 0.2 }, '2026-07-01').longer).toBeNull();
    expect(forecastSentences({ ...base, pLongerThan3Years: 0.34 }, '2026-07-01').longer).toBe(
      'There is about a 34 % chance it takes longer than three years. That happens to many couples, and it is not a failure.',
    );
  });

  it('names what moved the estimate, in words', () => {
    const words = forecastSentences(
      {
        ...base,
        factors: [
          { name: 'discovered', multiplier: 1.3 },
          { name: 'inTherapy', multiplier: 0.8 },
        ],
      },
      '2026-07-01',
    );
    expect(words.factors).toHaveLength(2);
    expect(words.factors[0]).toContain('found out');
    expect(words.factors[1]).toContain('therapist');
  });

  it('never counts down once the middle of the range has passed', () => {
    const words = forecastSentences(base, '2027-02-01');
    expect(words.headline).toContain('no finish line');
  });

  it('rounds durations as a person says them', () => {
    expect(durationRange(0.9, 5.4)).toBe('4 weeks to 5 months');
    expect(durationRange(8, 30)).toBe('8 months to 3 years');
    expect(durationRange(2, 9)).toBe('2 to 9 months');
  });
});
