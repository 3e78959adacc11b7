import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import {
  currentStrength,
  retention,
  strengthLine,
  type DayOutcome,
  type Outcome,
} from './strength.js';

const RUNS = 500;
const outcomes = fc.array(fc.constantFrom<Outcome>('kept', 'missed'), { maxLength: 200 });
const perWeek = fc.integer({ min: 1, max: 7 });
const asDays = (list: Outcome[], from = '2026-01-01'): DayOutcome[] =>
  list.map((outcome, index) => ({ day: addDays(from, index), outcome }));

describe('commitment strength', () => {
  it('stays within [0, 1] whatever the marks', () => {
    fc.assert(
      fc.property(outcomes, perWeek, (list, due) => {
        for (const point of strengthLine(asDays(list), due)) {
          expect(point.strength).toBeGreaterThanOrEqual(0);
          expect(point.strength).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never goes down when a missed day becomes kept (monotone in kept days)', () => {
    fc.assert(
      fc.property(outcomes, perWeek, fc.nat(), (list, due, pick) => {
        const missed = list.flatMap((outcome, index) => (outcome === 'missed' ? [index] : []));
        fc.pre(missed.length > 0);
        const flipped = [...list];
        flipped[missed[pick % missed.length]!] = 'kept';
        expect(currentStrength(asDays(flipped), due)).toBeGreaterThan(
          currentStrength(asDays(list), due),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('rises with every kept day and falls with every missed one', () => {
    fc.assert(
      fc.property(outcomes, perWeek, (list, due) => {
        const before = currentStrength(asDays(list), due);
        const kept = currentStrength(asDays([...list, 'kept']), due);
        const missed = currentStrength(asDays([...list, 'missed']), due);
        expect(kept).toBeGreaterThanOrEqual(before);
        expect(missed).toBeLessThanOrEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('loses only a little to one missed day after a long kept run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 28, max: 200 }), perWeek, (run, due) => {
        const kept = Array.from({ length: run }, (): Outcome => 'kept');
        const before = currentStrength(asDays(kept), due);
        const after = currentStrength(asDays([...kept, 'missed']), due);
        // The fall is at most one step (1 − m), under 0.14 even for a daily commitment…
        expect(before - after).toBeLessThanOrEqual(1 - retention(due) + 1e-12);
        expect(before - after).toBeLessThan(0.14);
        // …and a kept month of a daily commitment still stands above the step 5 mark.
        if (due === 7) expect(after).toBeGreaterThan(0.8);
      }),
      { numRuns: RUNS },
    );
  });

  it('counts unmarked days as neither: gaps between marks change nothing', () => {
    fc.assert(
      fc.property(
        outcomes,
        perWeek,
        fc.array(fc.integer({ min: 0, max: 5 })),
        (list, due, gaps) => {
          let day = '2026-01-01';
          const spaced = list.map((outcome, index) => {
            day = addDays(day, 1 + (gaps[index % Math.max(1, gaps.length)] ?? 0));
            return { day, outcome };
          });
          expect(currentStrength(spaced, due)).toBeCloseTo(currentStrength(asDays(list), due), 12);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reaches 0.8 after four kept weeks of a daily commitment, not after one', () => {
    const week = Array.from({ length: 7 }, (): Outcome => 'kept');
    expect(currentStrength(asDays(week), 7)).toBeLessThan(0.8);
    const month = Array.from({ length: 28 }, (): Outcome => 'kept');
    expect(currentStrength(asDays(month), 7)).toBeGreaterThan(0.8);
    // A weekly promise moves more slowly per mark: four kept weeks are well under.
    expect(currentStrength(asDays(month.slice(0, 4)), 1)).toBeLessThan(0.3);
    expect(currentStrength([], 7)).toBe(0);
  });
});
