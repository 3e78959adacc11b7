/**
 * A form with one text to write: an acknowledgment, an impact statement, a
 * correction of either. It checks for an empty text before asking the server,
 * shows the server's words beside the field, and keeps focus on the button.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom, noErrors } from '../../api/form-errors';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import { useFocusFirstError } from '../use-focus-first-error';
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
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!props.allowEmpty && !text.trim()) {
      setErrors({ fields: { text: props.emptyMessage }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await props.onSubmit(text, therapist);
      setBusy(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, { text: props.label }));
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
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
