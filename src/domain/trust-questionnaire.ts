/**
 * The monthly trust questionnaire: six short statements in our own words, two
 * for each of three subscales — predictability (my partner's behaviour is
 * steady), dependability (I can rely on my partner) and faith (I believe in
 * where we are going) — each answered 1–7 ("not at all" to "completely").
 *
 * Scores: each subscale is the mean of its two answers, 1–7; higher is more
 * trust. Reliable change between the first and the latest questionnaire
 * ("milestones") is in `path/reliable-change.ts`, with the PROVISIONAL
 * constants in `reliable-change-constants.ts`. Pure: no I/O, no clock.
 *
 * One questionnaire per member per calendar month, the month being
 * `YYYY-MM` of the member's local day: a unique key the database holds.
 */
import type { Day } from './calendar.js';
import { milestonesOfSeries, type Milestone } from './path/reliable-change.js';

export const TRUST_SUBSCALES = ['predictability', 'dependability', 'faith'] as const;
export type TrustSubscale = (typeof TRUST_SUBSCALES)[number];

export const TRUST_ANSWER_MIN = 1;
export const TRUST_ANSWER_MAX = 7;

export interface TrustItem {
  id: string;
  subscale: TrustSubscale;
  text: string;
}

/** The items, in the order they are asked and stored. */
export const TRUST_ITEMS: readonly TrustItem[] = [
  {
    id: 'predict-steady',
    subscale: 'predictability',
    text: 'My partner acts in ways I can expect from one day to the next.',
  },
  {
    id: 'depend-rely',
    subscale: 'dependability',
    text: 'When something matters to me, I can rely on my partner.',
  },
  {
    id: 'faith-future',
    subscale: 'faith',
    text: 'I feel hopeful that my partner will be there for me in the times ahead.',
  },
  {
    id: 'predict-surprise',
    subscale: 'predictability',
    text: 'I rarely feel caught off guard by what my partner does.',
  },
  {
    id: 'depend-word',
    subscale: 'dependability',
    text: 'My partner does what they say they will do.',
  },
  {
    id: 'faith-cares',
    subscale: 'faith',
    text: 'I believe my partner cares about us, even when I cannot see it.',
  },
];

export const TRUST_ITEM_COUNT = TRUST_ITEMS.length;

/** What the ends and middle of the 1–7 answer scale mean, for the form. */
export const TRUST_ANSWER_LABELS: Record<number, string> = {
  1: 'Not at all',
  4: 'Somewhat',
  7: 'Completely',
};

/** Plain names of the subscales, for the screens. */
export const TRUST_SUBSCALE_NAMES: Record<TrustSubscale, string> = {
  predictability: 'Predictability',
  dependability: 'Dependability',
  faith: 'Faith in each other',
};

export type TrustScores = Record<TrustSubscale, number>;

/** True when `answers` is one whole number 1–7 per item, in item order. */
export function isValidTrustAnswers(answers: readonly number[]): boolean {
  return (
    answers.length === TRUST_ITEM_COUNT &&
    answers.every((a) => Number.isInteger(a) && a >= TRUST_ANSWER_MIN && a <= TRUST_ANSWER_MAX)
  );
}

/** The three subscale means of one questionnaire; throws on answers that are not valid. */
export function scoreTrustQuestionnaire(answers: readonly number[]): TrustScores {
  if (!isValidTrustAnswers(answers)) {
    throw new RangeError(`a trust questionnaire has ${TRUST_ITEM_COUNT} answers of 1–7`);
  }
  const sums: TrustScores = { predictability: 0, dependability: 0, faith: 0 };
  const counts: TrustScores = { predictability: 0, dependability: 0, faith: 0 };
  TRUST_ITEMS.forEach((item, i) => {
    sums[item.subscale] += answers[i]!;
    counts[item.subscale] += 1;
  });
  return {
    predictability: sums.predictability / counts.predictability,
    dependability: sums.dependability / counts.dependability,
    faith: sums.faith / counts.faith,
  };
}

/** The calendar month (`YYYY-MM`) of a local day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** Milestones between the first and the latest questionnaire, given oldest first. */
export function trustMilestones(series: readonly TrustScores[]): Milestone<TrustSubscale>[] {
  return milestonesOfSeries('trust', series);
}
