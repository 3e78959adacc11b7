/**
 * One commitment's reliability view: its strength now and over time, the
 * calendar of its due days (kept, missed, questioned, not yet marked), and
 * each marked day with the partner's confirmation or question and the owner's
 * answer. The owner can mark a past due day, and pause, resume or end it.
 */
import { call } from '../../api/client';
import type { CommitmentCalendarDay, Mark, MeAnswer } from '../../api/types';
import { commitmentOperations } from '../../../contract/operations/commitments';
import { needOperations } from '../../../contract/operations/needs';
import { needTieWords } from '../../components/regain/need-words';
import { formatDay } from '../../components/days';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { scheduleWords, WEEKDAY_NAMES } from '../../components/restore/commitment-words';
import { StrengthLine } from '../../components/restore/strength-line';
import { Link } from '../../router/link';
import { needOwnerPossessive, StrengthMeter } from './commitments';
import { AnswerForm, MarkPastDay, ReviewForm, StatusActions } from './commitment-forms';
import { useLiveUpdates } from '../../state/live-updates';

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
  useLiveUpdates(['mark-questioned'], (event) =>
    event.id === commitmentId ? loaded.reload() : undefined,
  );
  const detail = loaded.data;
  const reload = async () => loaded.set(await loadDetail(commitmentId));
  const needs = useLoad(async () => (await call(needOperations.listNeeds)).items).data;
  const tie = detail
    ? needTieWords(
        detail.commitment.needId,
        needs,
        needOwnerPossessive(detail.commitment, needs, people),
      )
    : null;
  const title = detail?.commitment.text ?? 'A commitment';
  return (
    <Page title={title}>
      <RepairNav />
      <LoadState loaded={loaded} busyText="Opening the commitment…" />
      {tie && <p class="need-tie">{tie}</p>}
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
