import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  milestones,
  milestonesOfSeries,
  reliableChangeIndex,
  reliableChangeSize,
  reliableForgivingChange,
  subscalesOf,
} from './path/reliable-change.js';
import { CRITICAL_RCI, RELIABLE_CHANGE_CONSTANTS } from './reliable-change-constants.js';
import {
  isValidTrustAnswers,
  monthOf,
  scoreTrustQuestionnaire,
  TRUST_ITEMS,
  TRUST_SUBSCALES,
  trustMilestones,
  type TrustScores,
} from './trust-questionnaire.js';

const RUNS = 500;
const answers = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 6, maxLength: 6 });
const score = fc.double({ min: 1, max: 7, noNaN: true });
const scores = fc.record({ predictability: score, dependability: score, faith: score });

describe('trust questionnaire items', () => {
  it('has two items per subscale, each with its own id', () => {
    for (const subscale of TRUST_SUBSCALES) {
      expect(TRUST_ITEMS.filter((i) => i.subscale === subscale)).toHaveLength(2);
    }
    expect(new Set(TRUST_ITEMS.map((i) => i.id)).size).toBe(6);
    expect(subscalesOf('trust')).toEqual([...TRUST_SUBSCALES]);
  });
});

describe('scoreTrustQuestionnaire', () => {
  it('is the mean of each subscale’s two answers', () => {
    expect(scoreTrustQuestionnaire([1, 2, 3, 4, 5, 6])).toEqual({
      predictability: 2.5,
      dependability: 3.5,
      faith: 4.5,
    });
  });

  it('stays within 1–7 and moves with every answer (property)', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 5 }), (values, index) => {
        const result = scoreTrustQuestionnaire(values);
        for (const s of TRUST_SUBSCALES) {
          expect(result[s]).toBeGreaterThanOrEqual(1);
          expect(result[s]).toBeLessThanOrEqual(7);
        }
        if (values[index]! < 7) {
          const raised = values.map((v, i) => (i === index ? v + 1 : v));
          const subscale = TRUST_ITEMS[index]!.subscale;
          expect(scoreTrustQuestionnaire(raised)[subscale]).toBeCloseTo(result[subscale] + 0.5, 12);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses answers that are not six whole numbers of 1–7', () => {
    for (const bad of [
      [1, 2, 3],
      [1, 2, 3, 4, 5, 8],
      [1, 2, 3, 4, 5, 0],
      [1, 2, 3, 4, 5, 2.5],
    ]) {
      expect(isValidTrustAnswers(bad)).toBe(false);
      expect(() => scoreTrustQuestionnaire(bad)).toThrow(RangeError);
    }
  });

  it('names the month of a local day', () => {
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });
});

describe('reliable change (Jacobson–Truax)', () => {
  it('reads both measures from the one table of provisional constants', () => {
    const { sd, reliability } = RELIABLE_CHANGE_CONSTANTS.trust.faith;
    const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
    expect(reliableChangeIndex('trust', 'faith', 3, 5)).toBeCloseTo(2 / sDiff, 12);
    expect(reliableChangeSize('trust', 'faith')).toBeCloseTo(CRITICAL_RCI * sDiff, 12);
    const f = RELIABLE_CHANGE_CONSTANTS.forgiveness.goodwill;
    const fDiff = Math.SQRT2 * f.sd * Math.sqrt(1 - f.reliability);
    expect(reliableChangeIndex('forgiveness', 'goodwill', 2, 3)).toBeCloseTo(1 / fDiff, 12);
  });

  it('finds the subscales that changed reliably, and which way', () => {
    const first: TrustScores = { predictability: 2, dependability: 2, faith: 6 };
    const latest: TrustScores = { predictability: 5, dependability: 2.5, faith: 3 };
    const found = trustMilestones([first, { ...first, faith: 5 }, latest]);
    expect(found.map((m) => [m.subscale, m.direction])).toEqual([
      ['predictability', 'better'],
      ['faith', 'worse'],
    ]);
    expect(found[0]).toMatchObject({ before: 2, after: 5 });
    expect(trustMilestones([first])).toEqual([]);
    expect(trustMilestones([])).toEqual([]);
  });

  it('keeps the forgiving direction of the reflection: less resentment is better', () => {
    const same = { avoidance: 3, resentment: 3, goodwill: 3 };
    expect(milestones('forgiveness', same, { ...same, resentment: 1 })).toMatchObject([
      { subscale: 'resentment', direction: 'better' },
    ]);
    expect(reliableForgivingChange(same, { ...same, resentment: 5 })).toEqual([]);
  });

  it('counts a change as reliable exactly when |RCI| > 1.96, antisymmetric (property)', () => {
    fc.assert(
      fc.property(scores, scores, (before, after) => {
        const there = milestones('trust', before, after);
        const back = milestones('trust', after, before);
        for (const s of TRUST_SUBSCALES) {
          const rci = reliableChangeIndex('trust', s, before[s], after[s]);
          const found = there.find((m) => m.subscale === s);
          expect(found !== undefined).toBe(Math.abs(rci) > CRITICAL_RCI);
          if (found) {
            expect(found.direction).toBe(rci > 0 ? 'better' : 'worse');
            const opposite = back.find((m) => m.subscale === s);
            expect(opposite?.direction).toBe(found.direction === 'better' ? 'worse' : 'better');
          }
        }
        // No change is never a milestone.
        expect(milestones('trust', before, before)).toEqual([]);
        // Only the first and the latest count: the middle does not.
        expect(milestonesOfSeries('trust', [before, after, after])).toEqual(there);
      }),
      { numRuns: RUNS },
    );
  });
});
