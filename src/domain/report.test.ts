import { describe, expect, it } from 'vitest';
import { monthsBefore, reportPeriod, weekStartOf, weeklyTrends } from './report.js';

describe('the report period', () => {
  it('is the last three months up to today unless chosen', () => {
    expect(reportPeriod({}, '2026-03-10')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
    expect(reportPeriod({ to: '2026-05-31' }, '2026-06-01')).toEqual({
      from: '2026-03-01',
      to: '2026-05-31',
    });
    expect(reportPeriod({ from: '2026-03-01', to: '2026-03-01' }, '2026-03-10')).toEqual({
      from: '2026-03-01',
      to: '2026-03-01',
    });
  });

  it('keeps a day inside a shorter month', () => {
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 3)).toBe('2025-10-15');
  });

  it('refuses an end before the start and more than two years', () => {
    expect(reportPeriod({ from: '2026-03-02', to: '2026-03-01' }, '2026-03-10')).toEqual({
      problem: 'to-before-from',
    });
    expect(reportPeriod({ from: '2024-03-10', to: '2026-03-10' }, '2026-03-10')).toEqual({
      from: '2024-03-10',
      to: '2026-03-10',
    });
    expect(reportPeriod({ from: '2024-03-09', to: '2026-03-10' }, '2026-03-10')).toEqual({
      problem: 'too-long',
    });
  });
});

describe('weekly trends', () => {
  it('averages each partner’s ratings per ISO week, leaving days outside the period out', () => {
    expect(weekStartOf('2026-03-10')).toBe('2026-03-09');
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
    expect(weekStartOf('2026-03-15')).toBe('2026-03-09');
    const day = (memberId: string, day: string, trust: number | null) => ({
      memberId,
      day,
      trust,
      honesty: 4,
      reliability: null,
      openness: 5,
    });
    const weeks = weeklyTrends(
      [
        day('me', '2026-03-08', 1), // before the period
        day('me', '2026-03-10', 4),
        day('me', '2026-03-11', 5),
        day('you', '2026-03-11', null),
        day('me', '2026-03-17', 6),
        {
          memberId: 'you',
          day: '2026-03-17',
          trust: null,
          honesty: null,
          reliability: null,
          openness: null,
        },
      ],
      'me',
      { from: '2026-03-10', to: '2026-03-17' },
    );
    expect(weeks).toEqual([
      {
        weekStart: '2026-03-09',
        mine: { trust: 4.5, honesty: 4, reliability: null, openness: 5, days: 2 },
        partner: { trust: null, honesty: 4, reliability: null, openness: 5, days: 1 },
      },
      {
        weekStart: '2026-03-16',
        mine: { trust: 6, honesty: 4, reliability: null, openness: 5, days: 1 },
        partner: null,
      },
    ]);
  });
});
