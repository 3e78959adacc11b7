/**
 * Commitment strength: a habit-strength score, not a streak (DESIGN.md §1).
 * Each marked due day moves it toward 1 when kept and toward 0 when missed,
 * by a step that depends on how often the commitment is due:
 *
 *   s ← s·m + kept·(1 − m),   m = 0.5^(√(due days per week) / 13)
 *
 * so a daily commitment halves the distance to its target about every 5 due
 * days, and a weekly one every 13: one missed day after a kept month lowers the
 * score a little and never erases it. Unmarked days count as neither. Pure.
 */
import type { Day } from '../calendar.js';

export type Outcome = 'kept' | 'missed';

export interface DayOutcome {
  day: Day;
  outcome: Outcome;
}

/** The score before any day is marked. */
export const STARTING_STRENGTH = 0;

/** The factor each due day keeps of the old score. */
export function retention(duePerWeek: number): number {
  const perWeek = Math.min(7, Math.max(1, duePerWeek));
  return 0.5 ** (Math.sqrt(perWeek) / 13);
}

/** The score after one more marked day. */
export function nextStrength(strength: number, outcome: Outcome, duePerWeek: number): number {
  const m = retention(duePerWeek);
  return strength * m + (outcome === 'kept' ? 1 - m : 0);
}

/** The score after every marked day, in day order, for the reliability view's line. */
export function strengthLine(
  marks: readonly DayOutcome[],
  duePerWeek: number,
): { day: Day; strength: number }[] {
  const ordered = [...marks].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  let strength = STARTING_STRENGTH;
  return ordered.map((mark) => {
    strength = nextStrength(strength, mark.outcome, duePerWeek);
    return { day: mark.day, strength };
  });
}

/** The score today: where the line ends. */
export function currentStrength(marks: readonly DayOutcome[], duePerWeek: number): number {
  return strengthLine(marks, duePerWeek).at(-1)?.strength ?? STARTING_STRENGTH;
}
