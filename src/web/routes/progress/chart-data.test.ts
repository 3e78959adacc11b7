import { describe, expect, it } from 'vitest';
import { align, countPerWeek, lastWeeks, weekStart } from './chart-data';

describe('chart data', () => {
  it('counts days per week, Monday to Sunday, each day once', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    const weeks = lastWeeks('2026-12-06', 3);
    expect(weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(
      countPerWeek(['2026-11-30', '2026-11-30', '2026-12-06', '2026-11-20', '2026-10-01'], weeks),
    ).toEqual([1, 0, 2]);
  });

  it('aligns series on one axis with gaps as null', () => {
    const aligned = align([
      [
        { on: '2026-01-02', value: 3 },
        { on: '2026-01-01', value: 2 },
      ],
      [{ on: '2026-01-03', value: 5 }],
    ]);
    expect(aligned.days).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(aligned.values).toEqual([
      [2, 3, null],
      [null, null, 5],
    ]);
  });
});
