/**
 * The forms of a commitment's page: marking a past due day, confirming or
 * asking about the partner's day, answering a question, and pausing,
 * resuming or ending (commitment-detail.tsx lays them out).
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import { commitmentOperations } from '../../../contract/operations/commitments';
import { TEXT_LIMITS } from '../../../contract/limits';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { TextAreaField } from '../../components/repair/text-area-field';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';

export function MarkPastDay({
  commitmentId,
  days,
  onMarked,
}: {
  commitmentId: string;
  days: string[];
  onMarked: () => Promise<void>;
}) {
  const [day, setDay] = useState(days.at(-1)!);
  const [outcome, setOutcome] = useState<'kept' | 'missed' | null>(null);
  const [note, setNote] = useState('');
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { outcome: 'Kept or missed', note: 'The note' },
    check: (): Record<string, string> =>
      outcome ? {} : { outcome: 'Please say whether it was kept.' },
    send: async () => {
      await call(commitmentOperations.markDay, {
        params: { commitmentId, day },
        body: { outcome: outcome!, note },
      });
      setOutcome(null);
      setNote('');
      await onMarked();
      announce(`${formatDay(day)} is marked.`);
    },
  });
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <div class="field">
        <label for="mark-day">The day</label>
        <select id="mark-day" value={day} onChange={(event) => setDay(event.currentTarget.value)}>
          {[...days].reverse().map((value) => (
            <option key={value} value={value}>
              {formatDay(value)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup<'kept' | 'missed' | null>
        name="outcome"
        legend="How did it go?"
        choices={[
          { value: 'kept', label: 'Kept' },
          { value: 'missed', label: 'Missed' },
        ]}
        value={outcome}
        onValue={setOutcome}
        error={errors.fields['outcome']}
      />
      <TextAreaField
        id="mark-note"
        label="A word about the day, if you like"
        value={note}
        onValue={setNote}
        max={TEXT_LIMITS.markNote}
        rows={2}
        error={errors.fields['note']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Marking…">
        Mark this day
      </SubmitButton>
    </form>
  );
}

export function ReviewForm({
  commitmentId,
  day,
  onDone,
}: {
  commitmentId: string;
  day: string;
  onDone: () => Promise<void>;
}) {
  const [verdict, setVerdict] = useState<'confirmed' | 'questioned' | null>(null);
  const [note, setNote] = useState('');
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { verdict: 'Confirm or ask', note: 'The note' },
    check: (): Record<string, string> => (verdict ? {} : { verdict: 'Please choose one.' }),
    send: async () => {
      await call(commitmentOperations.reviewMark, {
        params: { commitmentId, day },
        body: { verdict: verdict!, note },
      });
      await onDone();
      announce(verdict === 'confirmed' ? 'You confirmed this day.' : 'Your question is sent.');
    },
  });
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <ChoiceGroup<'confirmed' | 'questioned' | null>
        name={`verdict-${day}`}
        legend="How does this day look to you?"
        choices={[
          { value: 'confirmed', label: 'I saw it too' },
          { value: 'questioned', label: 'I would like to ask about it' },
        ]}
        value={verdict}
        onValue={setVerdict}
        error={errors.fields['verdict']}
      />
      <TextAreaField
        id={`review-note-${day}`}
        label="A word, if you like"
        value={note}
        onValue={setNote}
        max={TEXT_LIMITS.markNote}
        rows={2}
        error={errors.fields['note']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send
      </SubmitButton>
    </form>
  );
}

export function AnswerForm({
  commitmentId,
  day,
  onDone,
}: {
  commitmentId: string;
  day: string;
  onDone: () => Promise<void>;
}) {
  const [text, setText] = useState('');
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { text: 'Your answer' },
    check: (): Record<string, string> => (text.trim() ? {} : { text: 'Please write your answer.' }),
    send: async () => {
      await call(commitmentOperations.answerReview, {
        params: { commitmentId, day },
        body: { text },
      });
      await onDone();
      announce('Your answer is sent.');
    },
  });
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        id={`answer-${day}`}
        label="Your answer"
        value={text}
        onValue={setText}
        max={TEXT_LIMITS.markNote}
        rows={2}
        required
        error={errors.fields['text']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Answer
      </SubmitButton>
    </form>
  );
}

export function StatusActions({
  commitmentId,
  status,
  onChanged,
}: {
  commitmentId: string;
  status: 'active' | 'paused';
  onChanged: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const set = async (next: 'active' | 'paused' | 'ended') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call(commitmentOperations.setCommitmentStatus, {
        params: { commitmentId },
        body: { status: next },
      });
      await onChanged();
      announce(
        next === 'paused'
          ? 'Paused. Its days are kept as they are.'
          : next === 'active'
            ? 'It is running again.'
            : 'Ended. It stays on the record as it was.',
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
      setConfirmEnd(false);
    }
  };
  return (
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Pause or end it</h2>
      <p class="field__hint">Nothing is deleted: its days and its strength stay on the record.</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void set(status === 'paused' ? 'active' : 'paused')}
        >
          {status === 'paused' ? 'Resume it' : 'Pause it'}
        </button>
        {!confirmEnd && (
          <button type="button" class="button" onClick={() => setConfirmEnd(true)}>
            End it…
          </button>
        )}
      </div>
      {confirmEnd && (
        <div class="note-box">
          <p>Ending is for good; you can make a new commitment at any time.</p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => void set('ended')}>
              End this commitment
            </button>
            <button type="button" class="button" onClick={() => setConfirmEnd(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <FormMessage message={error} />
    </section>
  );
}
