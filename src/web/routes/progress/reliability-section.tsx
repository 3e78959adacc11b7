/**
 * Reliability: each commitment's strength over time (a habit-strength score,
 * never a streak) and its due days of the last eight weeks as a calendar,
 * with a table of the same. The data is the commitments' own reliability view.
 */
import { useMemo } from 'preact/hooks';
import type { CommitmentDetail } from '../../api/types';
import type { People } from '../../components/repair/people';
import { Link } from '../../router/link';
import { align, toSeconds } from './chart-data';
import { readableDay } from './forecast-words';
import { LineChart, type ChartSpec, type ColourName } from './line-chart';

const COLOURS: ColourName[] = ['accent', 'focus', 'text', 'muted'];
const CALENDAR_DAYS = 56;

const STATE_WORDS: Record<string, string> = {
  kept: 'kept',
  missed: 'missed',
  'not-marked': 'not marked',
  'not-due': 'not due',
  'not-in-force': 'paused or ended',
};

export function ReliabilitySection({
  details,
  people,
}: {
  details: CommitmentDetail[];
  people: People;
}) {
  const live = details.filter((d) => d.strengthLine.length > 0).slice(0, COLOURS.length);
  const spec = useMemo<ChartSpec | null>(() => {
    if (live.length === 0) return null;
    const { days, values } = align(
      live.map((d) =>
        d.strengthLine.map((p) => ({ on: p.day, value: Math.round(p.strength * 100) })),
      ),
    );
    return {
      x: days.map(toSeconds),
      y: { min: 0, max: 100 },
      height: 200,
      series: live.map((d, i) => ({
        label: shortText(d.commitment.text),
        values: values[i]!,
        style: 'line' as const,
        colour: COLOURS[i]!,
      })),
    };
  }, [live]);
  return (
    <section aria-labelledby="reliability-heading" class="progress-section">
      <h2 id="reliability-heading">Reliability</h2>
      {details.length === 0 ? (
        <p>
          Small promises kept over time are how reliability comes back.{' '}
          <Link href="/commitments">Make a commitment</Link> to see it here.
        </p>
      ) : (
        <>
          <p class="muted">
            Strength rises a little with each kept day and falls a little with each missed one; one
            missed day never erases a month of kept ones.
          </p>
          {spec && (
            <figure class="progress-figure" aria-labelledby="strength-caption">
              <figcaption id="strength-caption">
                Strength of each commitment over time, 0 to 100. The same numbers are in the tables
                below.
              </figcaption>
              <LineChart spec={spec} />
            </figure>
          )}
          {details.map((detail) => (
            <CommitmentCalendar key={detail.commitment.id} detail={detail} people={people} />
          ))}
        </>
      )}
    </section>
  );
}

function shortText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function CommitmentCalendar({ detail, people }: { detail: CommitmentDetail; people: People }) {
  const days = detail.calendar.slice(-CALENDAR_DAYS);
  const due = days.filter(
    (d) => d.state === 'kept' || d.state === 'missed' || d.state === 'not-marked',
  );
  const kept = due.filter((d) => d.state === 'kept').length;
  const headingId = `calendar-${detail.commitment.id}`;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId} class="item__title">
        <Link href={`/commitments/${detail.commitment.id}`}>{detail.commitment.text}</Link>
      </h3>
      <p>
        {people.possessive(detail.commitment.ownerId)} commitment, strength{' '}
        {Math.round(detail.commitment.strength * 100)} of 100. In the last eight weeks: {kept} of{' '}
        {due.length} due day{due.length === 1 ? '' : 's'} kept.
      </p>
      <ol class="due-calendar" aria-hidden="true">
        {days.map((day) => (
          <li key={day.day} class={`due-calendar__day due-calendar__day--${day.state}`} />
        ))}
      </ol>
      <details class="chart-table">
        <summary>Due days as a table</summary>
        <div
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={`Due days of ${detail.commitment.text}`}
        >
          <table class="operations">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {due.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{readableDay(day.day)}</th>
                  <td>{STATE_WORDS[day.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </article>
  );
}
