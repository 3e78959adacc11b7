/**
 * A required 1–7 answer ("I felt safe", "I feel understood"): seven equal
 * choices in one row, with what the ends mean said in the hint.
 */
import { ChoiceGroup } from '../choice-group';
import { REPAIR_RATING_MAX } from './words';

interface RatingSevenProps {
  name: string;
  question: string;
  low: string;
  high: string;
  value: number | null;
  onValue: (value: number) => void;
  error?: string | undefined;
}

const CHOICES = Array.from({ length: REPAIR_RATING_MAX }, (_, index) => ({
  value: index + 1,
  label: String(index + 1),
}));

export function RatingSeven(props: RatingSevenProps) {
  return (
    <ChoiceGroup<number | null>
      name={props.name}
      legend={props.question}
      hint={`1 means ${props.low}, ${REPAIR_RATING_MAX} means ${props.high}.`}
      choices={CHOICES}
      value={props.value}
      onValue={(value) => {
        if (value !== null) props.onValue(value);
      }}
      error={props.error}
      layout="scale"
    />
  );
}
