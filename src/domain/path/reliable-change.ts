/**
 * Reliable change by the Jacobson–Truax index, for any measure in
 * `../reliable-change-constants.ts`: RCI = (x₂ − x₁) / S_diff with
 * S_diff = √2 · SD · √(1 − r). A change counts when |RCI| > 1.96; its
 * direction is "better" or "worse" by the subscale's sign in that table.
 * Pure.
 *
 * Used by step 10 (the forgiveness reflection: less avoidance or resentment,
 * more goodwill) and by the milestones of the trust questionnaire. The
 * constants are PROVISIONAL (see the table).
 */
import {
  CRITICAL_RCI,
  RELIABLE_CHANGE_CONSTANTS,
  type Measure,
  type SubscaleConstants,
  type SubscaleOf,
} from '../reliable-change-constants.js';

export type Scores<M extends Measure> = Record<SubscaleOf<M>, number>;

export interface ReflectionScores {
  avoidance: number;
  resentment: number;
  goodwill: number;
}

export type Subscale = SubscaleOf<'forgiveness'>;

/** One subscale that changed reliably between two measurements. */
export interface Milestone<S extends string = string> {
  subscale: S;
  /** Toward the better end of the subscale, or away from it. */
  direction: 'better' | 'worse';
  /** The signed index, after − before over S_diff. */
  rci: number;
  before: number;
  after: number;
}

function constantsOf<M extends Measure>(measure: M, subscale: SubscaleOf<M>): SubscaleConstants {
  return (RELIABLE_CHANGE_CONSTANTS[measure] as Record<string, SubscaleConstants>)[subscale]!;
}

/** The subscales of a measure, in the table's order. */
export function subscalesOf<M extends Measure>(measure: M): SubscaleOf<M>[] {
  return Object.keys(RELIABLE_CHANGE_CONSTANTS[measure]) as SubscaleOf<M>[];
}

/** The smallest change of the score that counts as reliable: 1.96 · S_diff. */
export function reliableChangeSize<M extends Measure>(measure: M, subscale: SubscaleOf<M>): number {
  const { sd, reliability } = constantsOf(measure, subscale);
  return CRITICAL_RCI * Math.SQRT2 * sd * Math.sqrt(1 - reliability);
}

export function reliableChangeIndex<M extends Measure>(
  measure: M,
  subscale: SubscaleOf<M>,
  before: number,
  after: number,
): number {
  const { sd, reliability } = constantsOf(measure, subscale);
  const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  return (after - before) / sDiff;
}

/** Every subscale that changed reliably (|RCI| > 1.96) between two measurements, either way. */
export function milestones<M extends Measure>(
  measure: M,
  before: Scores<M>,
  after: Scores<M>,
): Milestone<SubscaleOf<M>>[] {
  const found: Milestone<SubscaleOf<M>>[] = [];
  for (const subscale of subscalesOf(measure)) {
    const rci = reliableChangeIndex(measure, subscale, before[subscale], after[subscale]);
    if (Math.abs(rci) <= CRITICAL_RCI) continue;
    const { better } = constantsOf(measure, subscale);
    found.push({
      subscale,
      direction: better * rci > 0 ? 'better' : 'worse',
      rci,
      before: before[subscale],
      after: after[subscale],
    });
  }
  return found;
}

/**
 * Milestones between the first and the latest of a series of measurements
 * (oldest first): none with fewer than two.
 */
export function milestonesOfSeries<M extends Measure>(
  measure: M,
  series: readonly Scores<M>[],
): Milestone<SubscaleOf<M>>[] {
  const first = series[0];
  const latest = series.at(-1);
  if (!first || !latest || series.length < 2) return [];
  return milestones(measure, first, latest);
}

/** The subscales that changed reliably toward forgiving between two reflections (means 1–5). */
export function reliableForgivingChange(
  before: ReflectionScores,
  after: ReflectionScores,
): Subscale[] {
  return milestones('forgiveness', before, after)
    .filter((m) => m.direction === 'better')
    .map((m) => m.subscale);
}
