/**
 * The trust questionnaire in plain words: the month, the subscales, and the
 * milestones — a reliable change said as what moved, gently, never a grade.
 */
import {
  TRUST_ANSWER_LABELS,
  TRUST_SUBSCALE_NAMES,
  TRUST_SUBSCALES,
  type TrustSubscale,
} from '../../../domain/trust-questionnaire';

export { TRUST_SUBSCALE_NAMES, TRUST_SUBSCALES };
export type { TrustSubscale };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2026" for "2026-03"; the text itself when it is no month. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}

export const TRUST_SUBSCALE_ABOUT: Record<TrustSubscale, string> = {
  predictability: 'How steady and expected your partner’s actions feel.',
  dependability: 'How much you feel you can rely on your partner.',
  faith: 'How much you believe in your partner and in the times ahead.',
};

/** The words under the ends and the middle of the 1–7 answer scale. */
export const trustLow = TRUST_ANSWER_LABELS[1]!.toLowerCase();
export const trustHigh = TRUST_ANSWER_LABELS[7]!.toLowerCase();

/** A subscale mean, 1–7, with one decimal at most ("4.5 of 7"). */
export function scoreWords(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} of 7`;
}

export interface MilestoneLike {
  subscale: TrustSubscale;
  direction: 'better' | 'worse';
  from: number;
  to: number;
}

/** One milestone as a sentence: "Dependability has grown clearly since March 2026 (2 → 5.5 of 7)." */
export function milestoneWords(milestone: MilestoneLike, fromMonth: string | null): string {
  const name = TRUST_SUBSCALE_NAMES[milestone.subscale];
  const since = fromMonth ? ` since ${formatMonth(fromMonth)}` : '';
  const moved = milestone.direction === 'better' ? 'has grown clearly' : 'has fallen clearly';
  return `${name} ${moved}${since} (${scoreWords(milestone.from).replace(' of 7', '')} → ${scoreWords(milestone.to)}).`;
}

/** What to say when there are no milestones yet. */
export function noMilestoneWords(count: number): string {
  if (count < 2) {
    return 'After your second month, this shows where your answers have changed clearly since the first.';
  }
  return 'No clear change since your first questionnaire yet. Small ups and downs are part of answering, and are not counted here.';
}
