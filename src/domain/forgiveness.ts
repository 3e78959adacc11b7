/**
 * The forgiveness reflection (step 10): nine short statements in our own
 * words, three for each of three subscales, each answered 1–5 ("not at all
 * true of me" to "completely true of me"). One statement in each subscale is
 * worded the other way round and reverse-scored, so that answering the same
 * number to everything does not read as a clear result.
 *
 * Scores: each subscale is the sum of its three items after reverse scoring,
 * 3–15. Higher avoidance and higher resentment mean more of them; higher
 * goodwill means more goodwill. Pure: no I/O, no clock.
 *
 * A reflection is offered at most once per 30-day period: the periods are
 * fixed windows of 30 local days counted from 1970-01-01, so "one per member
 * per period" is a unique key the database holds (no read-then-write), and
 * the next one is due on the first day of the next period.
 */
import { addDays, daysBetween, type Day } from './calendar.js';

export const FORGIVENESS_SUBSCALES = ['avoidance', 'resentment', 'goodwill'] as const;
export type ForgivenessSubscale = (typeof FORGIVENESS_SUBSCALES)[number];

export const FORGIVENESS_ANSWER_MIN = 1;
export const FORGIVENESS_ANSWER_MAX = 5;

export interface ForgivenessItem {
  id: string;
  subscale: ForgivenessSubscale;
  text: string;
  /** Worded the other way round: scored as 6 − answer. */
  reversed: boolean;
}

/** The items, in the order they are asked and stored. */
export const FORGIVENESS_ITEMS: readonly ForgivenessItem[] = [
  {
    id: 'avoid-distance',
    subscale: 'avoidance',
    text: 'I keep my distance from my partner when I can.',
    reversed: false,
  },
  {
    id: 'resent-replay',
    subscale: 'resentment',
    text: 'When I think of what happened, the anger comes back.',
    reversed: false,
  },
  {
    id: 'goodwill-wish',
    subscale: 'goodwill',
    text: 'I wish my partner well.',
    reversed: false,
  },
  {
    id: 'avoid-close',
    subscale: 'avoidance',
    text: 'I hold back from being close to my partner.',
    reversed: false,
  },
  {
    id: 'resent-even',
    subscale: 'resentment',
    text: 'Part of me wants my partner to hurt the way I did.',
    reversed: false,
  },
  {
    id: 'goodwill-start',
    subscale: 'goodwill',
    text: 'I am open to a fresh start with my partner.',
    reversed: false,
  },
  {
    id: 'avoid-ease',
    subscale: 'avoidance',
    text: 'I feel at ease when my partner is near.',
    reversed: true,
  },
  {
    id: 'resent-calm',
    subscale: 'resentment',
    text: 'I can think of what happened and stay fairly calm.',
    reversed: true,
  },
  {
    id: 'goodwill-cold',
    subscale: 'goodwill',
    text: 'I find it hard to feel any warmth toward my partner.',
    reversed: true,
  },
];

export const FORGIVENESS_ITEM_COUNT = FORGIVENESS_ITEMS.length;

/** What each end of the 1–5 answer scale means, for the form. */
export const FORGIVENESS_ANSWER_LABELS: Record<number, string> = {
  1: 'Not at all true of me',
  2: 'A little true',
  3: 'Somewhat true',
  4: 'Mostly true',
  5: 'Completely true of me',
};

export type ForgivenessScores = Record<ForgivenessSubscale, number>;

/** The lowest and highest a subscale can score (three items of 1–5). */
export const SUBSCALE_MIN = 3;
export const SUBSCALE_MAX = 15;

/** True when `answers` is one whole number 1–5 per item, in item order. */
export function isValidAnswers(answers: readonly number[]): boolean {
  return (
    answers.length === FORGIVENESS_ITEM_COUNT &&
    answers.every(
      (a) => Number.isInteger(a) && a >= FORGIVENESS_ANSWER_MIN && a <= FORGIVENESS_ANSWER_MAX,
    )
  );
}

/** The three subscale scores of one reflection; throws on answers that are not valid. */
export function scoreReflection(answers: readonly number[]): ForgivenessScores {
  if (!isValidAnswers(answers)) {
    throw new RangeError(`a reflection has ${FORGIVENESS_ITEM_COUNT} answers of 1–5`);
  }
  const scores: ForgivenessScores = { avoidance: 0, resentment: 0, goodwill: 0 };
  FORGIVENESS_ITEMS.forEach((item, i) => {
    const answer = answers[i]!;
    scores[item.subscale] += item.reversed
      ? FORGIVENESS_ANSWER_MIN + FORGIVENESS_ANSWER_MAX - answer
      : answer;
  });
  return scores;
}

/** Days in one reflection period. */
export const REFLECTION_PERIOD_DAYS = 30;
const EPOCH_DAY: Day = '1970-01-01';

/** The period a local day falls in (a whole number, counting up). */
export function reflectionPeriod(day: Day): number {
  return Math.floor(daysBetween(EPOCH_DAY, day) / REFLECTION_PERIOD_DAYS);
}

/** The first local day of a period. */
export function periodStart(period: number): Day {
  return addDays(EPOCH_DAY, period * REFLECTION_PERIOD_DAYS);
}

/**
 * Whether a reflection is due today, and from when the next one is: due when
 * none was written in today's period; otherwise the next is from the first day
 * of the next period.
 */
export function reflectionDue(
  today: Day,
  periodsWritten: readonly number[],
): { due: boolean; nextOn: Day } {
  const current = reflectionPeriod(today);
  if (!periodsWritten.includes(current)) return { due: true, nextOn: today };
  return { due: false, nextOn: periodStart(current + 1) };
}

/** A reflection's subscale sums (3–15) as means (1–5), the scale of reliable change. */
export function reflectionMeans(scores: ForgivenessScores): ForgivenessScores {
  return {
    avoidance: scores.avoidance / 3,
    resentment: scores.resentment / 3,
    goodwill: scores.goodwill / 3,
  };
}
