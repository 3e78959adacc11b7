/** The check-in's questions, in the order they are asked and shown in history. */

export type RatingField =
  'trust' | 'honesty' | 'reliability' | 'openness' | 'safety' | 'reassured' | 'perceivedTrust';

export interface RatingQuestion {
  field: RatingField;
  /** Short name for history. */
  label: string;
  question: string;
  /** Asked only of a partner who broke trust in a breach (the server says who). */
  onlyWhoBrokeTrust?: boolean;
}

export const RATING_QUESTIONS: readonly RatingQuestion[] = [
  { field: 'trust', label: 'Trust', question: 'How much did you trust your partner today?' },
  { field: 'honesty', label: 'Honesty', question: 'How honest did things feel between you?' },
  {
    field: 'reliability',
    label: 'Reliability',
    question: 'How well were promises kept today?',
  },
  { field: 'openness', label: 'Openness', question: 'How open could you be about how you feel?' },
  { field: 'safety', label: 'Safety', question: 'How safe did you feel with your partner?' },
  { field: 'reassured', label: 'Reassured', question: 'How reassured did you feel today?' },
  {
    field: 'perceivedTrust',
    label: 'Trust, as they sense it',
    question: 'How much do you think your partner trusts you today?',
    onlyWhoBrokeTrust: true,
  },
];

/** The questions a check-in form asks: the last one only of a partner who broke trust. */
export const questionsFor = (asksPerceivedTrust: boolean): readonly RatingQuestion[] =>
  RATING_QUESTIONS.filter((q) => asksPerceivedTrust || !q.onlyWhoBrokeTrust);

export {
  CHECK_IN_EFFORT_MAX as EFFORT_MAX,
  CHECK_IN_RATING_MAX as RATING_MAX,
} from '../../contract/limits';
