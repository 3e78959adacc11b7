/**
 * A form with one text to write: an acknowledgment, an impact statement, a
 * correction of either. It checks for an empty text before asking the server,
 * shows the server's words beside the field, and keeps focus on the button.
 */
import { useState } from 'preact/hooks';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import { useFormSubmit } from '../use-form-submit';
import { TextAreaField } from './text-area-field';
import { TherapistFlag } from './therapist-flag';

interface TextFormProps {
  id: string;
  label: string;
  hint?: string;
  initial?: string;
  max: number;
  rows?: number;
  submitLabel: string;
  busyLabel: string;
  emptyMessage: string;
  /** The text may be left empty (an optional reason). */
  allowEmpty?: boolean;
  /** Offer "Therapist may see" (new entries only, when there is a therapist). */
  offerTherapist?: boolean;
  onSubmit: (text: string, therapistMaySee: boolean) => Promise<void>;
  onCancel?: () => void;
}

export function TextForm(props: TextFormProps) {
  const [text, setText] = useState(props.initial ?? '');
  const [therapist, setTherapist] = useState(false);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { text: props.label },
    check: (): Record<string, string> =>
      !props.allowEmpty && !text.trim() ? { text: props.emptyMessage } : {},
    send: () => props.onSubmit(text, therapist),
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        id={props.id}
        label={props.label}
        hint={props.hint}
        value={text}
        onValue={setText}
        max={props.max}
        rows={props.rows ?? 7}
        required={!props.allowEmpty}
        error={errors.fields['text']}
      />
      {props.offerTherapist && (
        <TherapistFlag id={`${props.id}-therapist`} checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel={props.busyLabel}>
          {props.submitLabel}
        </SubmitButton>
        {props.onCancel && (
          <button type="button" class="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
