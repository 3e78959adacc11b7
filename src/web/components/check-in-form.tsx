/**
 * The check-in form itself. It always sends every answer and names the day it
 * was written for, so a check-in queued offline before midnight still lands on
 * the right day, and a skipped answer clears one given earlier that day.
 */
import { useEffect, useState } from 'preact/hooks';
import { CHECK_IN_NOTE_MAX as NOTE_MAX_LENGTH } from '../../contract/limits';
import type { CheckIn, PutCheckInBody } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { saveCheckIn, sentCheckIn } from '../offline/check-in-queue';
import { announce, keepBeside } from '../state/announcer';
import {
  EFFORT_MAX,
  RATING_MAX,
  RATING_QUESTIONS,
  questionsFor,
  type RatingField,
} from './check-in-questions';
import { ChoiceGroup } from './choice-group';
import { FormMessage } from './form-message';
import { RatingScale } from './rating-scale';
import { TherapistMaySee } from './therapist-may-see';
import { SubmitButton } from './submit-button';
import { TextAreaField } from './repair/text-area-field';
import { useFocusFirstError } from './use-focus-first-error';
import { sendForm, TOO_LONG, tooLongIn } from './use-form-submit';

export interface Answers extends Record<RatingField, number | null> {
  effort: number | null;
  talkedOpenly: boolean | null;
  noteText: string;
  noteVisibility: 'private' | 'shared';
  therapistMaySee: boolean;
}

export function answersFrom(checkIn: CheckIn | null): Answers {
  return {
    trust: checkIn?.trust ?? null,
    honesty: checkIn?.honesty ?? null,
    reliability: checkIn?.reliability ?? null,
    openness: checkIn?.openness ?? null,
    safety: checkIn?.safety ?? null,
    reassured: checkIn?.reassured ?? null,
    perceivedTrust: checkIn?.perceivedTrust ?? null,
    effort: checkIn?.effort ?? null,
    talkedOpenly: checkIn?.talkedOpenly ?? null,
    noteText: checkIn?.note?.text ?? '',
    // Private unless the writer chose otherwise: sharing is always a decision.
    noteVisibility: checkIn?.note?.visibility ?? 'private',
    // Off unless the writer turns it on, day by day.
    therapistMaySee: checkIn?.therapistMaySee ?? false,
  };
}

/** Answers the server has, overlaid with what waits in the offline queue for that day. */
export function withWaiting(answers: Answers, waiting: PutCheckInBody | undefined): Answers {
  if (!waiting) return answers;
  const merged = { ...answers };
  const keys = [
    'trust',
    'honesty',
    'reliability',
    'openness',
    'safety',
    'reassured',
    'perceivedTrust',
    'effort',
  ] as const;
  for (const key of keys) {
    const value = waiting[key];
    if (value !== undefined) merged[key] = value;
  }
  if (waiting.talkedOpenly !== undefined) merged.talkedOpenly = waiting.talkedOpenly;
  if (waiting.therapistMaySee !== undefined) merged.therapistMaySee = waiting.therapistMaySee;
  if (waiting.note !== undefined) {
    merged.noteText = waiting.note?.text ?? '';
    merged.noteVisibility = waiting.note?.visibility ?? 'private';
  }
  return merged;
}

function bodyFrom(
  day: string,
  answers: Answers,
  asksPerceivedTrust: boolean,
): PutCheckInBody & { day: string } {
  const { noteText, noteVisibility, perceivedTrust, ...ratings } = answers;
  return {
    day,
    ...ratings,
    // Sent only by the partner it is asked of: nobody else has an answer to clear.
    ...(asksPerceivedTrust ? { perceivedTrust } : {}),
    note: noteText.trim() ? { text: noteText, visibility: noteVisibility } : null,
  };
}

const LABELS: Record<string, string> = {
  ...Object.fromEntries(RATING_QUESTIONS.map((q) => [q.field, q.label])),
  effort: 'Effort',
  talkedOpenly: 'This answer',
  'note.text': 'The note',
  note: 'The note',
  day: 'The day',
};

interface CheckInFormProps {
  day: string;
  initial: Answers;
  alreadySaved: boolean;
  /** Whether the couple has a therapist (or one invited), so the flag means something. */
  offerTherapist: boolean;
  /** "How much do you think your partner trusts you today?" — only for a partner who broke trust. */
  asksPerceivedTrust?: boolean;
}

export function CheckInForm({
  day,
  initial,
  alreadySaved,
  offerTherapist,
  asksPerceivedTrust = false,
}: CheckInFormProps) {
  const [answers, setAnswers] = useState(initial);
  const [saved, setSaved] = useState(alreadySaved);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState(noErrors);
  const formRef = useFocusFirstError(errors);
  const set =
    <K extends keyof Answers>(key: K) =>
    (value: Answers[K]) =>
      setAnswers((current) => ({ ...current, [key]: value }));

  // A check-in kept offline and sent once back online: the form says so where it is.
  useEffect(
    () =>
      sentCheckIn.subscribe((sent) => {
        if (sent?.day !== day) return;
        setSaved(true);
        if (formRef.current) keepBeside(formRef.current);
      }),
    [day, formRef],
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const tooLong = tooLongIn(formRef.current);
    if (tooLong) {
      setErrors({ fields: { [TOO_LONG]: tooLong.message }, general: tooLong.message });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await sendForm(formRef.current, async () => {
        const result = await saveCheckIn(bodyFrom(day, answers, asksPerceivedTrust));
        if (result.status === 'saved') {
          announce(saved ? 'Your check-in is updated.' : 'Your check-in is saved. Thank you.');
          setSaved(true);
        } else {
          announce(
            'You seem to be offline. Your check-in is kept in this tab and will be sent as soon as you are back online.',
          );
        }
      });
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form check-in" onSubmit={(event) => void submit(event)} noValidate>
      {saved && (
        <p class="saved-line">You have checked in today. Change anything and save again.</p>
      )}
      {questionsFor(asksPerceivedTrust).map(({ field, question }) => (
        <RatingScale
          key={field}
          name={field}
          question={question}
          max={RATING_MAX}
          low="not at all"
          high="completely"
          value={answers[field]}
          onValue={set(field)}
          error={errors.fields[field]}
        />
      ))}
      <RatingScale
        name="effort"
        question="How much effort did you put in today?"
        max={EFFORT_MAX}
        low="very little"
        high="all I could"
        value={answers.effort}
        onValue={set('effort')}
        error={errors.fields['effort']}
      />
      <ChoiceGroup
        name="talkedOpenly"
        legend="We talked openly today"
        choices={[
          { value: null, label: 'Skip' },
          { value: true, label: 'Yes' },
          { value: false, label: 'No' },
        ]}
        value={answers.talkedOpenly}
        onValue={set('talkedOpenly')}
        error={errors.fields['talkedOpenly']}
        layout="scale"
      />
      <TextAreaField
        id="note-text"
        label="A note, if you like"
        value={answers.noteText}
        onValue={set('noteText')}
        max={NOTE_MAX_LENGTH}
        error={errors.fields['note.text']}
      />
      <ChoiceGroup
        name="noteVisibility"
        legend="Who can read this note?"
        choices={[
          { value: 'private', label: 'Only me' },
          { value: 'shared', label: 'Me and my partner' },
        ]}
        value={answers.noteVisibility}
        onValue={set('noteVisibility')}
      />
      {(offerTherapist || answers.therapistMaySee) && (
        <TherapistMaySee
          checked={answers.therapistMaySee}
          noteShared={answers.noteVisibility === 'shared' && answers.noteText.trim() !== ''}
          onChange={set('therapistMaySee')}
        />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Saving…">
        {saved ? 'Save changes' : 'Save my check-in'}
      </SubmitButton>
    </form>
  );
}
