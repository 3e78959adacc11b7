/**
 * The guided apology: four parts, each with its title and a few words of
 * guidance, written beside the partner's impact statement (side by side on a
 * wide screen, the statement first on a phone).
 */
import { useState } from 'preact/hooks';
import type { Apology, ImpactStatement } from '../../api/types';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import { useFormSubmit } from '../use-form-submit';
import { ImpactStatementBeside } from './impact-beside';
import { TextAreaField } from './text-area-field';
import { TherapistFlag } from './therapist-flag';
import { APOLOGY_GUIDE, TEXT_LIMITS, type ApologyPart } from './words';

export type ApologyParts = Apology['parts'];

export const emptyParts: ApologyParts = {
  whatHappened: '',
  impact: '',
  responsibility: '',
  whatWillChange: '',
};

const LABELS: Record<string, string> = Object.fromEntries(
  APOLOGY_GUIDE.map((step) => [`parts.${step.part}`, step.title]),
);

interface ApologyFormProps {
  id: string;
  statement: ImpactStatement;
  statementAuthor: string;
  initial: ApologyParts;
  submitLabel: string;
  offerTherapist?: boolean;
  onSubmit: (parts: ApologyParts, therapistMaySee: boolean) => Promise<void>;
  onCancel?: () => void;
}

export function ApologyForm(props: ApologyFormProps) {
  const [parts, setParts] = useState<ApologyParts>(props.initial);
  const [therapist, setTherapist] = useState(false);
  const setPart = (part: ApologyPart) => (value: string) =>
    setParts((current) => ({ ...current, [part]: value }));

  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: LABELS,
    check: () => {
      const fields: Record<string, string> = {};
      for (const step of APOLOGY_GUIDE) {
        if (!parts[step.part].trim()) fields[`parts.${step.part}`] = 'Please write this part too.';
      }
      return fields;
    },
    send: () => props.onSubmit(parts, therapist),
  });

  return (
    <div class="beside">
      <ImpactStatementBeside statement={props.statement} author={props.statementAuthor} />
      <form ref={formRef} class="form beside__main" onSubmit={onSubmit} noValidate>
        {APOLOGY_GUIDE.map((step, index) => (
          <TextAreaField
            key={step.part}
            id={`${props.id}-${step.part}`}
            label={`${index + 1}. ${step.title}`}
            hint={step.prompt}
            value={parts[step.part]}
            onValue={setPart(step.part)}
            max={TEXT_LIMITS.apologyPart}
            rows={5}
            required
            error={errors.fields[`parts.${step.part}`]}
          />
        ))}
        {props.offerTherapist && (
          <TherapistFlag id={`${props.id}-therapist`} checked={therapist} onChange={setTherapist} />
        )}
        <FormMessage message={errors.general} />
        <div class="actions">
          <SubmitButton busy={busy} busyLabel="Sharing…">
            {props.submitLabel}
          </SubmitButton>
          {props.onCancel && (
            <button type="button" class="button" onClick={props.onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
