/**
 * One commitment's reliability view: its strength now and over time, the
 * calendar of its due days (kept, missed, questioned, not yet marked), and
 * each marked day with the partner's confirmation or question and the owner's
 * answer. The owner can mark a past due day, and pause, resume or end it.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { CommitmentCalendarDay, Mark, MeAnswer } from '../../api/types';
import { formErrorsFrom } from '../../api/form-errors';
import { commitmentOperations } from '../../../contract/operations/commitments';
import { TEXT_LIMITS } from '../../../contract/limits';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { TextAreaField } from '../../components/repair/text-area-field';
import { useLoad } from '../../components/repair/use-load';
import { scheduleWords, WEEKDAY_NAMES } from '../../components/restore/commitment-words';
import { StrengthLine } from '../../components/restore/strength-line';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';
import { StrengthMeter } from './commitments';

type Detail = Awaited<ReturnType<typeof loadDetail>>;

const loadDetail = (commitmentId: string) =>
  call(commitmentOperations.getCommitment, { params: { commitmentId } });

export function CommitmentDetailScreen({
  me,
  commitmentId,
}: {
  me: MeAnswer;
  commitmentId: string;
}) {
  const people = peopleFor(me);
  const loaded = useLoad(() => loadDetail(commitmentId), [commitmentId]);
  const detail = loaded.data;
  const reload = async () => loaded.set(await loadDetail(commitmentId));
  const title = detail?.commitment.text ?? 'A commitment';
  return (
    <Page title={title}>
      <RepairNav />
      <LoadState loaded={loaded} busyText="Opening the commitment…" />
      {detail && <DetailBody detail={detail} people={people} onChanged={reload} />}
      <p>
        <Link href="/commitments">All commitments</Link>
      </p>
    </Page>
  );
}

function DetailBody({
  detail,
  people,
  onChanged,
}: {
  detail: Detail;
  people: People;
  onChanged: () => Promise<void>;
}) {
  const { commitment, calendar, strengthLine } = detail;
  const mine = people.isMe(commitment.ownerId);
  const marked = calendar.filter((day) => day.mark).reverse();
  const open = calendar.filter((day) => day.state === 'not-marked').map((day) => day.day);
  return (
    <>
      <p class="lead">
        {people.possessive(commitment.ownerId)} commitment · {scheduleWords(commitment.schedule)} ·
        made {formatDay(commitment.startedOn)}
        {commitment.status === 'paused' && ' · paused'}
        {commitment.status === 'ended' && ' · ended'}
      </p>
      <section class="card" aria-labelledby="strength-heading">
        <h2 id="strength-heading">How it is holding</h2>
        <StrengthMeter strength={commitment.strength} id="strength-now" />
        <StrengthLine points={strengthLine} />
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Its days</h2>
        <DayCalendar days={calendar} />
      </section>
      {mine && commitment.status !== 'ended' && open.length > 0 && (
        <section class="card" aria-labelledby="mark-past-heading">
          <h2 id="mark-past-heading">Mark a day</h2>
          <MarkPastDay commitmentId={commitment.id} days={open} onMarked={onChanged} />
        </section>
      )}
      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Marked days</h2>
        {marked.length === 0 && <p class="muted">No day is marked yet.</p>}
        <ul class="item-list">
          {marked.map((day) => (
            <MarkItem
              key={day.day}
              commitmentId={commitment.id}
              day={day.day}
              mark={day.mark!}
              mine={mine}
              people={people}
              onChanged={onChanged}
            />
          ))}
        </ul>
      </section>
      {mine && commitment.status !== 'ended' && (
        <StatusActions
          commitmentId={commitment.id}
          status={commitment.status}
          onChanged={onChanged}
        />
      )}
    </>
  );
}

const STATE_WORDS: Record<CommitmentCalendarDay['state'], string> = {
  kept: 'Kept',
  missed: 'Missed',
  'not-marked': 'Not marked',
  'not-due': 'Not due',
  'not-in-force': 'Paused',
};

/** The due days as weeks, Monday first; each day says what it holds in words. */
function DayCalendar({ days }: { days: CommitmentCalendarDay[] }) {
  if (days.length === 0) return <p class="muted">Its first day is today.</p>;
  const weekday = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
  const weeks: (CommitmentCalendarDay | null)[][] = [];
  let week: (CommitmentCalendarDay | null)[] = Array.from(
    { length: weekday(days[0]!.day) },
    () => null,
  );
  for (const day of days) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return (
    <div class="day-calendar" tabIndex={0} role="region" aria-label="Calendar of its days">
      <table>
        <thead>
          <tr>
            {WEEKDAY_NAMES.map((name) => (
              <th key={name} scope="col" abbr={name}>
                {name.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((row, index) => (
            <tr key={index}>
              {row.map((day, at) =>
                day ? (
                  <td
                    key={day.day}
                    class={`day-calendar__day day-calendar__day--${day.state}${
                      day.mark?.review?.verdict === 'questioned'
                        ? ' day-calendar__day--questioned'
                        : ''
                    }`}
                  >
                    <span class="day-calendar__date">{Number(day.day.slice(8))}</span>
                    <span class="day-calendar__state">
                      {STATE_WORDS[day.state]}
                      {day.mark?.review?.verdict === 'questioned' ? ', asked about' : ''}
                    </span>
                  </td>
                ) : (
                  <td key={`empty-${at}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MarkPastDay({
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

function MarkItem({
  commitmentId,
  day,
  mark,
  mine,
  people,
  onChanged,
}: {
  commitmentId: string;
  day: string;
  mark: Mark;
  mine: boolean;
  people: People;
  onChanged: () => Promise<void>;
}) {
  const review = mark.review;
  return (
    <li class="item">
      <h3 class="item__title">
        {formatDay(day)}: {mark.outcome === 'kept' ? 'kept' : 'missed'}
      </h3>
      {mark.note && <p class="quote">{mark.note}</p>}
      {review && (
        <p>
          {people.nameOf(review.by)}{' '}
          {review.verdict === 'confirmed' ? 'confirmed this' : 'asked about this'}
          {review.note ? ':' : '.'}
        </p>
      )}
      {review?.note && <p class="quote">{review.note}</p>}
      {review?.answer && (
        <>
          <p>{people.nameOf(mine ? people.myId : people.partnerId)} answered:</p>
          <p class="quote">{review.answer.text}</p>
        </>
      )}
      {!mine && !review && <ReviewForm commitmentId={commitmentId} day={day} onDone={onChanged} />}
      {mine && review?.verdict === 'questioned' && !review.answer && (
        <AnswerForm commitmentId={commitmentId} day={day} onDone={onChanged} />
      )}
    </li>
  );
}

function ReviewForm({
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

function AnswerForm({
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

function StatusActions({
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
