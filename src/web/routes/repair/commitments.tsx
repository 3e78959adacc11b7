/**
 * Commitments (step 5): small promises on a schedule, and today's mark. Each
 * partner makes their own; both see them all. The strength is a habit score
 * that grows with kept days and dips a little with a missed one — described
 * in words, never counted in days in a row, never red.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Commitment, CommitmentSchedule, MeAnswer, Need } from '../../api/types';
import { commitmentOperations } from '../../../contract/operations/commitments';
import { needOperations } from '../../../contract/operations/needs';
import { needChoiceLabel, needTieWords } from '../../components/regain/need-words';
import { TEXT_LIMITS } from '../../../contract/limits';
import { ChoiceGroup } from '../../components/choice-group';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { useLoad } from '../../components/repair/use-load';
import {
  scheduleWords,
  strengthWords,
  WEEKDAY_NAMES,
} from '../../components/restore/commitment-words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { formErrorsFrom } from '../../api/form-errors';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';
import { useLiveUpdates } from '../../state/live-updates';

export function CommitmentsScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(commitmentOperations.listCommitments)).items);
  useLiveUpdates(['mark-questioned'], () => loaded.reload());
  const items = loaded.data;
  const replace = (changed: Commitment) =>
    loaded.set((items ?? []).map((item) => (item.id === changed.id ? changed : item)));
  const needs = useLoad(async () => (await call(needOperations.listNeeds)).items).data;
  const partnerNeeds = (needs ?? []).filter(
    (need) => need.status === 'live' && !people.isMe(need.authorId),
  );
  return (
    <Page title="Commitments">
      <RepairNav />
      <aside class="note-box" aria-labelledby="commitments-about-heading">
        <h2 id="commitments-about-heading">Small promises, kept in the open</h2>
        <p>
          Trust comes back through promises kept, day after day. Make one small enough to keep — “I
          will text when I am running late” — and mark each day it is due. Your partner can confirm
          a day or ask about it. Its strength grows with every kept day; one missed day lowers it a
          little and never wipes it out.
        </p>
      </aside>
      <section aria-labelledby="commitment-list-heading">
        <h2 id="commitment-list-heading">Your commitments and {people.partnerName}’s</h2>
        <LoadState loaded={loaded} busyText="Opening your commitments…" />
        {items && items.length === 0 && <p class="muted">None yet.</p>}
        {items && items.length > 0 && (
          <ul class="item-list">
            {items.map((commitment) => (
              <CommitmentItem
                key={commitment.id}
                commitment={commitment}
                people={people}
                needs={needs}
                onChanged={replace}
              />
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="make-commitment-heading">
        <h2 id="make-commitment-heading">Make a commitment</h2>
        <CommitmentForm
          partnerName={people.partnerName}
          partnerNeeds={partnerNeeds}
          onMade={(made) => loaded.set([made, ...(items ?? [])])}
        />
      </section>
    </Page>
  );
}

const STATUS_WORDS = { active: '', paused: ' · paused', ended: ' · ended' } as const;

function CommitmentItem({
  commitment,
  people,
  needs,
  onChanged,
}: {
  commitment: Commitment;
  people: People;
  needs: Need[] | null;
  onChanged: (commitment: Commitment) => void;
}) {
  const mine = people.isMe(commitment.ownerId);
  const tie = needTieWords(
    commitment.needId,
    needs,
    needOwnerPossessive(commitment, needs, people),
  );
  return (
    <li class="item">
      <h3 class="item__title">
        <Link href={`/commitments/${commitment.id}`}>{commitment.text}</Link>
      </h3>
      <p class="field__hint">
        {people.nameOf(commitment.ownerId)} · {scheduleWords(commitment.schedule)}
        {STATUS_WORDS[commitment.status]}
      </p>
      {tie && <p class="need-tie">{tie}</p>}
      <StrengthMeter strength={commitment.strength} id={`strength-${commitment.id}`} />
      {mine && commitment.today.due && <TodayMark commitment={commitment} onChanged={onChanged} />}
      {!mine && commitment.today.mark && (
        <p>
          Today: {commitment.today.mark.outcome === 'kept' ? 'kept' : 'missed'}.{' '}
          <Link href={`/commitments/${commitment.id}`}>Confirm or ask about it</Link>
        </p>
      )}
    </li>
  );
}

/** Whose need a commitment answers: the partner of its owner, named as the viewer says it. */
export function needOwnerPossessive(
  commitment: Commitment,
  needs: readonly Need[] | null,
  people: People,
): string {
  const author = needs?.find((item) => item.id === commitment.needId)?.authorId ?? null;
  return author && people.isMe(author) ? 'your' : people.possessive(author);
}

export function StrengthMeter({ strength, id }: { strength: number; id: string }) {
  return (
    <p class="strength">
      <span id={id}>Strength: {strengthWords(strength)}</span>{' '}
      <meter min={0} max={1} value={strength} aria-labelledby={id} />
    </p>
  );
}

/** Today's mark, for the owner: kept or missed, once; a tap again changes nothing. */
function TodayMark({
  commitment,
  onChanged,
}: {
  commitment: Commitment;
  onChanged: (commitment: Commitment) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const marked = commitment.today.mark;
  const mark = async (outcome: 'kept' | 'missed') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call(commitmentOperations.markDay, {
        params: { commitmentId: commitment.id, day: commitment.today.day },
        body: { outcome, ...(marked && marked.outcome !== outcome ? { change: true } : {}) },
      });
      onChanged({
        ...commitment,
        strength: answer.strength,
        today: { ...commitment.today, mark: answer.mark },
      });
      announce(
        outcome === 'kept' ? 'Marked as kept today.' : 'Marked as missed today. That is all right.',
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="today-mark" role="group" aria-label={`Today, ${commitment.text}`}>
      <p>{marked ? `Today is marked ${marked.outcome}.` : 'Today is due.'}</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          aria-pressed={marked?.outcome === 'kept' ? 'true' : 'false'}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void mark('kept')}
        >
          Kept
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={marked?.outcome === 'missed' ? 'true' : 'false'}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void mark('missed')}
        >
          Missed
        </button>
      </div>
      <FormMessage message={error} />
    </div>
  );
}

type ScheduleKind = CommitmentSchedule['kind'];

/** The need named in the address (`/commitments?need=<id>`), if it is one of the choices. */
function needFromAddress(partnerNeeds: readonly Need[]): string {
  const wanted = new URLSearchParams(window.location.search).get('need');
  return wanted && partnerNeeds.some((need) => need.id === wanted) ? wanted : '';
}

function CommitmentForm({
  partnerName,
  partnerNeeds,
  onMade,
}: {
  partnerName: string;
  partnerNeeds: Need[];
  onMade: (commitment: Commitment) => void;
}) {
  const hasTherapist = useHasTherapist();
  // '' is "No particular need"; null until the needs arrive, so the address can preselect one.
  const [chosenNeed, setChosenNeed] = useState<string | null>(null);
  const needId = chosenNeed ?? needFromAddress(partnerNeeds);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ScheduleKind | null>(null);
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [times, setTimes] = useState(3);
  const [therapist, setTherapist] = useState(false);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { text: 'The promise', schedule: 'The schedule' },
    check: () => {
      const fields: Record<string, string> = {};
      if (!text.trim()) fields['text'] = 'Please say what you promise.';
      if (!kind) fields['schedule'] = 'Please choose when it is due.';
      if (kind === 'weekdays' && weekdays.length === 0) {
        fields['schedule'] = 'Please choose at least one day.';
      }
      return fields;
    },
    send: async () => {
      const schedule: CommitmentSchedule =
        kind === 'weekdays'
          ? { kind, weekdays: weekdays }
          : kind === 'times-a-week'
            ? { kind, times }
            : { kind: 'daily' };
      const { commitment } = await call(commitmentOperations.makeCommitment, {
        body: { text, schedule, therapistMaySee: therapist, ...(needId ? { needId } : {}) },
      });
      onMade(commitment);
      setText('');
      setKind(null);
      setWeekdays([]);
      setTherapist(false);
      setChosenNeed('');
      announce('Your commitment is made. Mark it each day it is due.');
    },
  });
  const toggle = (day: number) =>
    setWeekdays(weekdays.includes(day) ? weekdays.filter((d) => d !== day) : [...weekdays, day]);
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        id="commitment-text"
        label="What you promise"
        hint="Small and concrete works best. Your partner can read it."
        value={text}
        onValue={setText}
        max={TEXT_LIMITS.commitment}
        rows={2}
        required
        error={errors.fields['text']}
      />
      <ChoiceGroup<ScheduleKind | null>
        name="schedule"
        legend="When is it due?"
        choices={[
          { value: 'daily', label: 'Every day' },
          { value: 'weekdays', label: 'On chosen days of the week' },
          { value: 'times-a-week', label: 'A number of times a week' },
        ]}
        value={kind}
        onValue={setKind}
        error={errors.fields['schedule']}
      />
      {kind === 'weekdays' && (
        <fieldset class="choices choices--list">
          <legend>Which days?</legend>
          {WEEKDAY_NAMES.map((name, index) => (
            <div class="check" key={name}>
              <input
                type="checkbox"
                id={`weekday-${index + 1}`}
                checked={weekdays.includes(index + 1)}
                onChange={() => toggle(index + 1)}
              />
              <label for={`weekday-${index + 1}`}>{name}</label>
            </div>
          ))}
        </fieldset>
      )}
      {kind === 'times-a-week' && (
        <div class="field">
          <label for="commitment-times">How many times a week</label>
          <select
            id="commitment-times"
            value={String(times)}
            onChange={(event) => setTimes(Number(event.currentTarget.value))}
          >
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      {partnerNeeds.length > 0 && (
        <div class="field">
          <label for="commitment-need">Is it for one of {partnerName}’s needs?</label>
          <p class="field__hint" id="commitment-need-hint">
            Optional. {partnerName} will see which need it answers.
          </p>
          <select
            id="commitment-need"
            aria-describedby="commitment-need-hint"
            value={needId}
            onChange={(event) => setChosenNeed(event.currentTarget.value)}
          >
            <option value="">No particular need</option>
            {partnerNeeds.map((need) => (
              <option key={need.id} value={need.id}>
                {needChoiceLabel(need)}
              </option>
            ))}
          </select>
        </div>
      )}
      {hasTherapist && (
        <TherapistFlag id="commitment-therapist" checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Making it…">
        Make this commitment
      </SubmitButton>
    </form>
  );
}
