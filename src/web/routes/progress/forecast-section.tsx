/**
 * "How long might this take?" — the hurt partner's forecast in words, the
 * trust-over-time picture (check-ins as points, the smoothed level with its
 * 80 % band, the bar for "rebuilt", setbacks marked, and the perceived trust
 * of the partner who broke it as a separate line), the same numbers as a
 * table, and the hurt partner's choice to share it.
 */
import { useMemo, useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import type { ForecastAnswer, ForecastView } from '../../../contract/progress/forecast';
import { forecastOperations } from '../../../contract/operations/forecast';
import { FormMessage } from '../../components/form-message';
import type { People } from '../../components/repair/people';
import { announce } from '../../state/announcer';
import { align, toSeconds } from './chart-data';
import { forecastSentences, readableDay } from './forecast-words';
import { LineChart, type ChartSpec } from './line-chart';

const THRESHOLD = 5.5;

export function ForecastSection({
  answer,
  people,
  today,
  onShared,
}: {
  answer: ForecastAnswer;
  people: People;
  today: string;
  onShared: () => void;
}) {
  return (
    <section aria-labelledby="forecast-heading" class="progress-section">
      <h2 id="forecast-heading">How long might this take?</h2>
      {answer.forecasts.length === 0 && <NoForecast answer={answer} people={people} />}
      {answer.forecasts.map((forecast) => (
        <ForecastCard
          key={forecast.memberId}
          forecast={forecast}
          people={people}
          today={today}
          onShared={onShared}
        />
      ))}
      {answer.forecasts.length > 0 && answer.partnerHasUnshared && (
        <p class="muted">
          {people.partnerName} has a forecast of their own. It is theirs to share, if they want to.
        </p>
      )}
    </section>
  );
}

function NoForecast({ answer, people }: { answer: ForecastAnswer; people: People }) {
  if (answer.pending || answer.refreshing) {
    return <p aria-busy="true">Your forecast is being worked out. This takes a moment.</p>;
  }
  if (answer.partnerHasUnshared) {
    return (
      <p>
        A forecast belongs to the partner who was hurt. {people.partnerName} has one; it is theirs
        to share with you, if and when they want to.
      </p>
    );
  }
  return (
    <p>
      A forecast appears for the partner who was hurt once what happened is recorded on the path. It
      starts from what is typical for a similar breach and narrows as you check in.
    </p>
  );
}

function ForecastCard({
  forecast,
  people,
  today,
  onShared,
}: {
  forecast: ForecastView;
  people: People;
  today: string;
  onShared: () => void;
}) {
  const words = forecastSentences(forecast, today);
  const whose = forecast.mine ? 'Your' : `${people.nameOf(forecast.memberId)}’s`;
  const headingId = `forecast-${forecast.memberId}`;
  return (
    <article class="card forecast" aria-labelledby={headingId}>
      <h3 id={headingId}>{whose} forecast</h3>
      <p class="forecast__headline">{words.headline}</p>
      <p>{words.basis}</p>
      {words.longer && <p>{words.longer}</p>}
      {words.factors.length > 0 && (
        <>
          <h4 class="subheading">What moved this estimate</h4>
          <ul>
            {words.factors.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <TrustPicture forecast={forecast} people={people} />
      {forecast.mine && <ShareChoice forecast={forecast} people={people} onShared={onShared} />}
    </article>
  );
}

function TrustPicture({ forecast, people }: { forecast: ForecastView; people: People }) {
  const perceivedName = forecast.perceived
    ? `${people.possessive(forecast.perceived.memberId)} sense of it`
    : null;
  const spec = useMemo<ChartSpec | null>(() => {
    if (forecast.level.length === 0) return null;
    const series = [
      forecast.points,
      forecast.level.map((l) => ({ on: l.on, value: l.mid })),
      forecast.level.map((l) => ({ on: l.on, value: l.high })),
      forecast.level.map((l) => ({ on: l.on, value: l.low })),
      ...(forecast.perceived
        ? [forecast.perceived.level.map((l) => ({ on: l.on, value: l.mid }))]
        : []),
    ];
    const { days, values } = align(series);
    return {
      x: days.map(toSeconds),
      y: { min: 1, max: 7 },
      series: [
        { label: 'Check-ins', values: values[0]!, style: 'points', colour: 'muted' },
        { label: 'Level', values: values[1]!, style: 'line', colour: 'accent' },
        { label: 'Likely high', values: values[2]!, style: 'dashed', colour: 'accent' },
        { label: 'Likely low', values: values[3]!, style: 'dashed', colour: 'accent' },
        {
          label: 'Rebuilt',
          values: days.map(() => THRESHOLD),
          style: 'dashed',
          colour: 'text',
        },
        ...(values[4]
          ? [
              {
                label: perceivedName ?? 'Perceived',
                values: values[4],
                style: 'line' as const,
                colour: 'focus' as const,
              },
            ]
          : []),
      ],
      band: { upper: 2, lower: 3 },
      markers: forecast.restarts.map((r) => toSeconds(r.on)),
    };
  }, [forecast, perceivedName]);
  if (!spec) {
    return <p class="muted">The picture of trust over time appears after the first check-ins.</p>;
  }
  const captionId = `trust-caption-${forecast.memberId}`;
  return (
    <figure class="progress-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        Trust over time, 1 to 7: check-ins as dots, the smoothed level with the range it likely lies
        in, and the dashed line at {THRESHOLD} for trust rebuilt
        {forecast.restarts.length > 0 ? '; red lines mark setbacks' : ''}
        {perceivedName ? `; the blue line is ${perceivedName}` : ''}. The same numbers are in the
        table below.
      </figcaption>
      <LineChart spec={spec} />
      <details class="chart-table">
        <summary>The picture as a table</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Trust over time, by week">
          <table class="operations">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Level</th>
                <th scope="col">Likely range</th>
                {forecast.perceived && <th scope="col">{perceivedName}</th>}
              </tr>
            </thead>
            <tbody>
              {forecast.level.map((point) => {
                const perceived = forecast.perceived?.level.find((p) => p.on === point.on);
                return (
                  <tr key={point.on}>
                    <th scope="row">{readableDay(point.on)}</th>
                    <td>{point.mid.toFixed(1)}</td>
                    <td>
                      {point.low.toFixed(1)} to {point.high.toFixed(1)}
                    </td>
                    {forecast.perceived && <td>{perceived ? perceived.mid.toFixed(1) : '—'}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {forecast.restarts.length > 0 && (
          <p>
            Setbacks that restarted the estimate:{' '}
            {forecast.restarts.map((r) => readableDay(r.on)).join(', ')}.
          </p>
        )}
      </details>
    </figure>
  );
}

function ShareChoice({
  forecast,
  people,
  onShared,
}: {
  forecast: ForecastView;
  people: People;
  onShared: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The box shows the choice at once; a refusal puts it back.
  const [shared, setShared] = useState(forecast.shared);
  const partner = people.partnerName;
  const change = async (next: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setShared(next);
    const shared = next;
    try {
      await call(forecastOperations.setForecastSharing, { body: { shared } });
      announce(
        shared ? `${partner} can now see your forecast.` : `Your forecast is yours alone again.`,
      );
      onShared();
    } catch (failure) {
      setShared(!next);
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="field share-choice">
      <div class="check">
        <input
          type="checkbox"
          id="share-forecast"
          checked={shared}
          disabled={busy}
          aria-describedby="share-forecast-hint"
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <label for="share-forecast">Let {partner} see this forecast</label>
      </div>
      <p class="field__hint" id="share-forecast-hint">
        {shared
          ? `${partner} sees it as you do. You can stop at any time.`
          : `Only you see it. Sharing is your choice, and you can take it back.`}
      </p>
      <FormMessage message={error} />
    </div>
  );
}
