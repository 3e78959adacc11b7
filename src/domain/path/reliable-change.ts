/**
 * Reliable change in the forgiveness reflection (step 10), by the
 * Jacobson–Truax index: RCI = (x₂ − x₁) / S_diff with S_diff = √2 · SD · √(1 − r).
 * A change counts when |RCI| > 1.96 in the forgiving direction: less avoidance
 * or resentment, more goodwill. Pure.
 *
 * PROVISIONAL: the reflection's items are our own, so no published norms
 * exist for them. The spread (SD) and reliability (r) below are placeholders
 * of a plausible size for 1–5 subscale means, kept in one table
 * (PATH_THRESHOLDS.forgiveness) until data from real use can replace them.
 */
import { PATH_THRESHOLDS } from './thresholds.js';

export interface ReflectionScores {
  avoidance: number;
  resentment: number;
  goodwill: number;
}

export type Subscale = keyof ReflectionScores;

/** Where forgiving moves each subscale: down for avoidance and resentment, up for goodwill. */
const FORGIVING_SIGN: Record<Subscale, -1 | 1> = { avoidance: -1, resentment: -1, goodwill: 1 };

export function reliableChangeIndex(subscale: Subscale, before: number, after: number): number {
  const { sd, reliability } = PATH_THRESHOLDS.forgiveness.subscales[subscale];
  const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  return (after - before) / sDiff;
}

/** The subscales that changed reliably toward forgiving between two reflections. */
export function reliableForgivingChange(
  before: ReflectionScores,
  after: ReflectionScores,
): Subscale[] {
  const critical = PATH_THRESHOLDS.forgiveness.criticalRci;
  return (Object.keys(FORGIVING_SIGN) as Subscale[]).filter(
    (subscale) =>
      FORGIVING_SIGN[subscale] * reliableChangeIndex(subscale, before[subscale], after[subscale]) >
      critical,
  );
}
