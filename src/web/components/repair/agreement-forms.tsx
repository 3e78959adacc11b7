/**
 * The forms around an agreement: its terms (a first proposal or a change,
 * with an optional day to look at it again), and telling of a break — "I broke
 * it" and "my partner broke it" are separate forms with separate words.
 */
import { useState } from 'preact/hooks';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import { useFormSubmit } from '../use-form-submit';
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
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { text: 'The agreement', reviewOn: 'The review day' },
    check: (): Record<string, string> =>
      text.trim() ? {} : { text: 'Please write the agreement first.' },
    send: () =>
      props.onSubmit({ text, reviewOn: reviewOn || undefined, therapistMaySee: therapist }),
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
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
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { day: 'The day', note: 'The note' },
    check: (): Record<string, string> => (day ? {} : { day: 'Please give the day it happened.' }),
    send: () => props.onSubmit({ day, note, therapistMaySee: therapist }),
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
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
