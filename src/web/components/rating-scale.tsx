/**
 * A 1–N rating that can be skipped. Skipping is the first, preselected choice,
 * so nobody is nudged toward a number they did not pick.
 */
import { ChoiceGroup, type Choice } from './choice-group';

interface RatingScaleProps {
  name: string;
  question: string;
  max: 5 | 7;
  low: string;
  high: string;
  value: number | null;
  onValue: (value: number | null) => void;
  error?: string | undefined;
}

export function RatingScale(props: RatingScaleProps) {
  const choices: Choice<number | null>[] = [
    { value: null, label: 'Skip' },
    ...Array.from({ length: props.max }, (_, index) => ({
      value: index + 1,
      label: String(index + 1),
    })),
  ];
  return (
    <ChoiceGroup
      name={props.name}
      legend={props.question}
      hint={`1 means ${props.low}, ${props.max} means ${props.high}.`}
      choices={choices}
      value={props.value}
      onValue={props.onValue}
      error={props.error}
      layout="scale"
    />
  );
}
