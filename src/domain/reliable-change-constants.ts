/**
 * The constants of reliable change (Jacobson–Truax), for every measure Mend
 * scores: the spread (SD) and the reliability (r) of each subscale, on the
 * scale its scores are compared on. One table, so a change of a constant is
 * one line, and the tests read the numbers the app uses.
 *
 * PROVISIONAL: the forgiveness reflection and the trust questionnaire are our
 * own items, so no published norms exist for them. The values below are
 * placeholders of a plausible size for subscale means (1–5 for the
 * reflection, 1–7 for the questionnaire; two-item subscales get a lower
 * reliability), kept here until data from real use can replace them.
 */

/** |RCI| above this counts as reliable change (p < .05, two-sided). */
export const CRITICAL_RCI = 1.96;

export interface SubscaleConstants {
  /** Spread of the subscale mean between people. */
  sd: number;
  /** Reliability of the subscale mean (internal consistency or test–retest). */
  reliability: number;
  /** Which way is better: +1 when a higher score is better, −1 when lower is. */
  better: 1 | -1;
}

export const RELIABLE_CHANGE_CONSTANTS = {
  /** Forgiveness reflection (step 10): subscale means 1–5 (sums of three items / 3). */
  forgiveness: {
    avoidance: { sd: 0.8, reliability: 0.85, better: -1 },
    resentment: { sd: 0.8, reliability: 0.85, better: -1 },
    goodwill: { sd: 0.7, reliability: 0.8, better: 1 },
  },
  /** Monthly trust questionnaire: subscale means 1–7 (two items each). */
  trust: {
    predictability: { sd: 1.2, reliability: 0.75, better: 1 },
    dependability: { sd: 1.2, reliability: 0.75, better: 1 },
    faith: { sd: 1.3, reliability: 0.75, better: 1 },
  },
} as const satisfies Record<string, Record<string, SubscaleConstants>>;

export type Measure = keyof typeof RELIABLE_CHANGE_CONSTANTS;
export type SubscaleOf<M extends Measure> = keyof (typeof RELIABLE_CHANGE_CONSTANTS)[M] & string;
