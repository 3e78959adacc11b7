/**
 * The forgiveness reflection in plain words: what each subscale is called,
 * how much of it a score holds, and how it moved between two reflections —
 * described, never graded, so a reflection reads as a mirror and not a mark.
 */
import {
  FORGIVENESS_ANSWER_LABELS,
  FORGIVENESS_SUBSCALES,
  SUBSCALE_MAX,
  SUBSCALE_MIN,
  type ForgivenessScores,
  type ForgivenessSubscale,
} from '../../../domain/forgiveness';

export { FORGIVENESS_SUBSCALES, SUBSCALE_MAX, SUBSCALE_MIN };
export type { ForgivenessScores, ForgivenessSubscale };

export const SUBSCALE_NAMES: Record<ForgivenessSubscale, string> = {
  avoidance: 'Keeping distance',
  resentment: 'Resentment',
  goodwill: 'Goodwill',
};

export const SUBSCALE_ABOUT: Record<ForgivenessSubscale, string> = {
  avoidance: 'How much you want to keep away from your partner.',
  resentment: 'How much anger about what happened you still carry.',
  goodwill: 'How much warmth and good wishes you feel toward your partner.',
};

/** The words of one answer, 1–5, as the form shows them. */
export function answerWords(answer: number): string {
  return FORGIVENESS_ANSWER_LABELS[answer] ?? String(answer);
}

/** How much of a subscale a score of 3–15 holds, in a word or two; no grade. */
export function amountWords(score: number): string {
  const span = SUBSCALE_MAX - SUBSCALE_MIN;
  const share = (score - SUBSCALE_MIN) / span;
  if (share < 0.2) return 'very little';
  if (share < 0.45) return 'a little';
  if (share < 0.7) return 'some';
  if (share < 0.9) return 'quite a lot';
  return 'a great deal';
}

/**
 * How a subscale moved from one reflection to a later one. A change of one
 * point is within the ordinary wobble of answering, so it reads as the same.
 */
export function changeWords(from: number, to: number): string {
  if (Math.abs(to - from) <= 1) return 'about the same';
  return to < from ? 'less than before' : 'more than before';
}

/** One reflection's three subscales as one sentence, e.g. for a shared reflection. */
export function scoresSentence(scores: ForgivenessScores): string {
  return FORGIVENESS_SUBSCALES.map(
    (subscale) => `${SUBSCALE_NAMES[subscale]}: ${amountWords(scores[subscale])}`,
  ).join(' · ');
}
