/**
 * Communication: check-ins of each partner and conversations, per week, over
 * the last twelve weeks — how often the couple keeps talking, with a table of
 * the same. Counts only: the partner's check-ins are counted as the reveal
 * rule shows them.
 */
import { useMemo } from 'preact/hooks';
import type { People } from '../../components/repair/people';
import { countPerWeek, lastWeeks, toSeconds } from './chart-data';
import { readableDay } from './forecast-words';
import { LineChart, type ChartSpec } from './line-chart';

export const COMMUNICATION_WEEKS = 12;

export function CommunicationSection({
  checkIns,
  conversationDays,
  people,
  today,
}: {
  checkIns: { memberId: string; day: string }[];
  conversationDays: string[];
  people: People;
  today: string;
}) {
  const weeks = lastWeeks(today, COMMUNICATION_WEEKS);
  const mine = countPerWeek(
    checkIns.filter((c) => c.memberId === people.myId).map((c) => c.day),
    weeks,
  );
  const theirs = countPerWeek(
    checkIns.filter((c) => c.memberId === people.partnerId).map((c) => c.day),
    weeks,
  );
  const talks = countPerWeek(conversationDays, weeks);
  const spec = useMemo<ChartSpec>(
    () => ({
      x: weeks.map(toSeconds),
      y: { min: 0, max: 7 },
      height: 200,
      series: [
        { label: 'Your check-ins', values: mine, style: 'line', colour: 'accent' },
        {
          label: `${people.partnerName}’s check-ins`,
          values: theirs,
          style: 'line',
          colour: 'focus',
        },
        { label: 'Conversations', values: talks, style: 'line', colour: 'text' },
      ],
    }),
    [weeks.join(), mine.join(), theirs.join(), talks.join(), people.partnerName],
  );
  return (
    <section aria-labelledby="communication-heading" class="progress-section">
      <h2 id="communication-heading">Communication</h2>
      <p class="muted">
        Check-ins and conversations each week, for the last twelve weeks. Every week counts; there
        is no streak to keep.
      </p>
      <figure class="progress-figure" aria-labelledby="communication-caption">
        <figcaption id="communication-caption">
          Check-ins of each of you and conversations, per week. The same numbers are in the table
          below.
        </figcaption>
        <LineChart spec={spec} />
        <details class="chart-table">
          <summary>The picture as a table</summary>
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Communication by week">
            <table class="operations">
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col">Your check-ins</th>
                  <th scope="col">{people.partnerName}’s check-ins</th>
                  <th scope="col">Conversations</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((week, i) => (
                  <tr key={week}>
                    <th scope="row">{readableDay(week)}</th>
                    <td>{mine[i]}</td>
                    <td>{theirs[i]}</td>
                    <td>{talks[i]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    </section>
  );
}
