import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FORGIVENESS_ITEMS,
  FORGIVENESS_SUBSCALES,
  isValidAnswers,
  periodStart,
  reflectionDue,
  reflectionPeriod,
  scoreReflection,
  SUBSCALE_MAX,
  SUBSCALE_MIN,
} from './forgiveness.js';
import { addDays } from './calendar.js';

const RUNS = 500;
const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 });

describe('forgiveness items', () => {
  it('has three items per subscale, one of them reverse-scored', () => {
    for (const subscale of FORGIVENESS_SUBSCALES) {
      const items = FORGIVENESS_ITEMS.filter((i) => i.subscale === subscale);
      expect(items).toHaveLength(3);
      expect(items.filter((i) => i.reversed)).toHaveLength(1);
    }
    expect(new Set(FORGIVENESS_ITEMS.map((i) => i.id)).size).toBe(FORGIVENESS_ITEMS.length);
  });
});

describe('scoreReflection', () => {
  it('reverse-scores the items worded the other way round', () => {
    // Everything "completely true": 5 + 5 + (6 − 5) on each subscale.
    expect(scoreReflection(Array(9).fill(5))).toEqual({
      avoidance: 11,
      resentment: 11,
      goodwill: 11,
    });
    expect(scoreReflection(Array(9).fill(1))).toEqual({ avoidance: 7, resentment: 7, goodwill: 7 });
    // Least avoidance and resentment, most goodwill.
    const calm = FORGIVENESS_ITEMS.map((i) =>
      i.subscale === 'goodwill' ? (i.reversed ? 1 : 5) : i.reversed ? 5 : 1,
    );
    expect(scoreReflection(calm)).toEqual({ avoidance: 3, resentment: 3, goodwill: 15 });
  });

  it('refuses answers of the wrong length or out of range', () => {
    expect(() => scoreReflection([1, 2, 3])).toThrow(RangeError);
    expect(() => scoreReflection(Array(9).fill(6))).toThrow(RangeError);
    expect(() => scoreReflection([...Array<number>(8).fill(3), 2.5])).toThrow(RangeError);
    expect(isValidAnswers(Array(9).fill(0))).toBe(false);
  });

  it('keeps every subscale within 3–15 (property)', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const scores = scoreReflection(a);
        return FORGIVENESS_SUBSCALES.every(
          (s) => scores[s] >= SUBSCALE_MIN && scores[s] <= SUBSCALE_MAX,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('moves one subscale only when one of its items changes (property)', () => {
    fc.assert(
      fc.property(
        answers,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (a, i, v) => {
          const before = scoreReflection(a);
          const changed = [...a];
          changed[i] = v;
          const after = scoreReflection(changed);
          const item = FORGIVENESS_ITEMS[i]!;
          const delta = item.reversed ? a[i]! - v : v - a[i]!;
          return FORGIVENESS_SUBSCALES.every((s) =>
            s === item.subscale ? after[s] - before[s] === delta : after[s] === before[s],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('reflection periods', () => {
  it('counts 30-day periods from 1970-01-01', () => {
    expect(reflectionPeriod('1970-01-01')).toBe(0);
    expect(reflectionPeriod('1970-01-30')).toBe(0);
    expect(reflectionPeriod('1970-01-31')).toBe(1);
    expect(periodStart(1)).toBe('1970-01-31');
  });

  it('puts every day in the period that starts at most 29 days before it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const day = addDays('1970-01-01', offset);
        const period = reflectionPeriod(day);
        const start = periodStart(period);
        return start <= day && addDays(start, 30) > day && reflectionPeriod(start) === period;
      }),
      { numRuns: RUNS },
    );
  });

  it('is due when none was written this period, otherwise from the next period', () => {
    const today = '2026-03-10';
    const current = reflectionPeriod(today);
    expect(reflectionDue(today, [])).toEqual({ due: true, nextOn: today });
    expect(reflectionDue(today, [current - 1])).toEqual({ due: true, nextOn: today });
    const answer = reflectionDue(today, [current]);
    expect(answer.due).toBe(false);
    expect(answer.nextOn).toBe(periodStart(current + 1));
    expect(answer.nextOn > today).toBe(true);
  });
});
