/** The check-in's questions, in the order they are asked and shown in history. */

export type RatingField = 'trust' | 'honesty' | 'reliability' | 'openness' | 'safety' | 'reassured';

export interface RatingQuestion {
  field: RatingField;
  /** Short name for history. */
  label: string;
  question: string;
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
];

export {
  CHECK_IN_EFFORT_MAX as EFFORT_MAX,
  CHECK_IN_RATING_MAX as RATING_MAX,
} from '../../contract/limits';
