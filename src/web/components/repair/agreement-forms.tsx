/**
 * The forms around an agreement: its terms (a first proposal or a change,
 * with an optional day to look at it again), and telling of a break — "I broke
 * it" and "my partner broke it" are separate forms with separate words.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom, noErrors } from '../../api/form-errors';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import { useFocusFirstError } from '../use-focus-first-error';
import { DayField } from './day-field';
import { TextAreaField } from './text-area-field';
import { TherapistFlag } from './therapist-flag';
import { TEXT_LIMITS } from './words';

export interface TermsInput {
  text: string;
  reviewOn: string | undefined;
  therapistMaySee: boolean;
}

interface TermsFormProps {
  id: string;
  label: string;
  hint?: string;
  initialText?: string;
  initialReviewOn?: string | null;
  today: string;
  submitLabel: string;
  offerTherapist?: boolean;
  onSubmit: (input: TermsInput) => Promise<void>;
  onCancel?: () => void;
}

export function TermsForm(props: TermsFormProps) {
  const [text, setText] = useState(props.initialText ?? '');
  const [reviewOn, setReviewOn] = useState(props.initialReviewOn ?? '');
  const [therapist, setTherapist] = useState(false);
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setErrors({ fields: { text: 'Please write the agreement first.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await props.onSubmit({ text, reviewOn: reviewOn || undefined, therapistMaySee: therapist });
      setBusy(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, { text: 'The agreement', reviewOn: 'The review day' }));
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={`${props.id}-text`}
        label={props.label}
        hint={props.hint}
        value={text}
        onValue={setText}
        max={TEXT_LIMITS.agreement}
        rows={5}
        required
        error={errors.fields['text']}
      />
      <DayField
        id={`${props.id}-review`}
        label="A day to look at it again together (optional)"
        value={reviewOn}
        onValue={setReviewOn}
        min={props.today}
        error={errors.fields['reviewOn']}
      />
      {props.offerTherapist && (
        <TherapistFlag id={`${props.id}-therapist`} checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel="Sending…">
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

interface BreakFormProps {
  id: string;
  today: string;
  noteLabel: string;
  submitLabel: string;
  offerTherapist?: boolean;
  onSubmit: (input: { day: string; note: string; therapistMaySee: boolean }) => Promise<void>;
  onCancel: () => void;
}

export function BreakForm(props: BreakFormProps) {
  const [day, setDay] = useState(props.today);
  const [note, setNote] = useState('');
  const [therapist, setTherapist] = useState(false);
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!day) {
      setErrors({ fields: { day: 'Please give the day it happened.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await props.onSubmit({ day, note, therapistMaySee: therapist });
      setBusy(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, { day: 'The day', note: 'The note' }));
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <DayField
        id={`${props.id}-day`}
        label="When it happened"
        value={day}
        onValue={setDay}
        max={props.today}
        required
        error={errors.fields['day']}
      />
      <TextAreaField
        id={`${props.id}-note`}
        label={props.noteLabel}
        value={note}
        onValue={setNote}
        max={TEXT_LIMITS.comment}
        rows={4}
        error={errors.fields['note']}
      />
      {props.offerTherapist && (
        <TherapistFlag id={`${props.id}-therapist`} checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel="Sending…">
          {props.submitLabel}
        </SubmitButton>
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
