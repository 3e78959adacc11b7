/**
 * The report for a therapist: a page a partner prints, or saves as a PDF,
 * for a chosen period, to hand to their therapist. On it: the steps of the
 * path, how check-ins went (small charts with a table of the same numbers),
 * and the period's shared entries flagged "therapist may see" — plus any
 * others the partner ticks here before printing. The ticks are not saved;
 * they only shape this page. Private entries never reach it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { reportOperations } from '../../../contract/operations/report';
import { call } from '../../api/client';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { formatInstant } from '../../components/instants';
import { Page } from '../../components/page';
import { useLoad } from '../../components/repair/use-load';
import { scheduleWords, strengthWords } from '../../components/restore/commitment-words';
import { Link } from '../../router/link';
import {
  choiceKey,
  onReport,
  shortDayOf,
  TREND_RATINGS,
  type Report,
  type SectionId,
} from './present';
import { TrendChart, TrendKeyLegend } from './trend-chart';
import './report.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function askedPeriod(): { from?: string; to?: string } {
  const search = new URLSearchParams(window.location.search);
  const from = search.get('from');
  const to = search.get('to');
  return {
    ...(from && DAY.test(from) ? { from } : {}),
    ...(to && DAY.test(to) ? { to } : {}),
  };
}

const STATUS_WORDS = { active: 'Active', paused: 'Paused', ended: 'Ended' } as const;
const AGREEMENT_WORDS = {
  proposed: 'Proposed, not yet accepted by both',
  active: 'Accepted by both',
  retired: 'Retired by both',
} as const;

export function TherapistReportPage() {
  const [period, setPeriod] = useState(askedPeriod);
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const report = useLoad(
    () => call(reportOperations.getTherapistReport, { query: period }),
    [period.from, period.to],
  );
  const data = report.data;
  // The answer fills in the default period.
  if (data && !from && !to && !period.from && !period.to) {
    setFrom(data.from);
    setTo(data.to);
  }

  const show = (event: Event) => {
    event.preventDefault();
    if (!DAY.test(from) || !DAY.test(to)) {
      setFormError('Please choose both a first and a last day.');
      return;
    }
    if (to < from) {
      setFormError('The last day comes before the first day. Please choose them again.');
      return;
    }
    setFormError(null);
    setPeriod({ from, to });
  };

  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Page title="A report for your therapist">
      <div class="no-print">
        <p class="lead">
          A page to print, or save as a PDF, and bring to your therapist. It holds the steps of your
          path, how your check-ins went, and the shared entries of the period either of you marked
          “Therapist may see”. You can add others below; nothing private is ever on it.
        </p>
        <form class="report-period" onSubmit={show} noValidate>
          <div class="field">
            <label for="report-from">First day</label>
            <input
              id="report-from"
              type="date"
              value={from}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="report-to">Last day</label>
            <input
              id="report-to"
              type="date"
              value={to}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            Show this period
          </button>
        </form>
        <p class="field__hint">Three months unless you choose; at most two years.</p>
        <FormMessage message={formError ?? report.error} />
        {data && <Chooser report={data} chosen={chosen} onToggle={toggle} />}
        {data && (
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </div>
        )}
      </div>
      {!data && !report.error && <p aria-busy="true">Making your report…</p>}
      {data && <ReportDocument report={data} chosen={chosen} />}
      <p class="no-print">
        <Link href="/settings/therapist">Back to your therapist settings</Link>
      </p>
    </Page>
  );
}

function namer(report: Report) {
  return (id: string | null) =>
    id === report.you.id
      ? report.you.displayName
      : id === report.partner?.id
        ? report.partner.displayName
        : 'A former partner';
}

/** Unflagged entries, each with a tick box to add it to the page. */
function Chooser({
  report,
  chosen,
  onToggle,
}: {
  report: Report;
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
}) {
  const nameOf = namer(report);
  const groups: { section: SectionId; title: string; items: { id: string; label: string }[] }[] = [
    {
      section: 'checkInNotes',
      title: 'Check-in notes',
      items: report.checkInNotes
        .filter((n) => !n.therapistMaySee)
        .map((n) => ({ id: n.id, label: `${nameOf(n.authorId)}, ${formatDay(n.day)}: ${n.text}` })),
    },
    {
      section: 'commitments',
      title: 'Commitments',
      items: report.commitments
        .filter((c) => !c.therapistMaySee)
        .map((c) => ({ id: c.id, label: `${nameOf(c.ownerId)}: ${c.text}` })),
    },
    {
      section: 'conversations',
      title: 'Conversations',
      items: report.conversations
        .filter((c) => !c.therapistMaySee)
        .map((c) => ({ id: c.id, label: `${formatDay(c.day)}: ${c.topic}` })),
    },
    {
      section: 'agreements',
      title: 'Agreements',
      items: report.agreements
        .filter((a) => !a.therapistMaySee)
        .map((a) => ({ id: a.id, label: a.text ?? 'An agreement' })),
    },
  ];
  const any = groups.some((group) => group.items.length > 0);
  return (
    <section class="card report-chooser" aria-labelledby="report-choose-heading">
      <h2 id="report-choose-heading">Add more to the report</h2>
      {!any ? (
        <p>Every shared entry of this period is already marked for your therapist.</p>
      ) : (
        <>
          <p>
            These shared entries are not marked “Therapist may see”. Tick any you would like on the
            printed page. Your choice is not saved and does not change the entries.
          </p>
          {groups
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <fieldset key={group.section} class="report-chooser__group">
                <legend>{group.title}</legend>
                {group.items.map((item) => {
                  const key = choiceKey(group.section, item.id);
                  const id = `choose-${group.section}-${item.id}`;
                  return (
                    <div key={key} class="check">
                      <input
                        type="checkbox"
                        id={id}
                        checked={chosen.has(key)}
                        onChange={(event) => onToggle(key, event.currentTarget.checked)}
                      />
                      <label for={id}>{item.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            ))}
        </>
      )}
    </section>
  );
}

function ReportDocument({ report, chosen }: { report: Report; chosen: ReadonlySet<string> }) {
  const nameOf = namer(report);
  const names = { you: report.you.displayName, partner: report.partner?.displayName ?? null };
  const reached = report.steps.filter((step) => step.status === 'reached');
  const notes = report.checkInNotes.filter((n) => onReport('checkInNotes', n, chosen));
  const commitments = report.commitments.filter((c) => onReport('commitments', c, chosen));
  const conversations = report.conversations.filter((c) => onReport('conversations', c, chosen));
  const agreements = report.agreements.filter((a) => onReport('agreements', a, chosen));
  const hasTrends = report.weeks.some((week) => week.mine || week.partner);
  const couple = names.partner ? `${names.you} and ${names.partner}` : names.you;

  return (
    <article class="report" aria-labelledby="report-heading">
      <h2 id="report-heading">Mend: a report for our therapist</h2>
      <dl class="record">
        <dt>For</dt>
        <dd>{couple}</dd>
        <dt>Period</dt>
        <dd>
          {formatDay(report.from)} to {formatDay(report.to)}
        </dd>
        <dt>Made by</dt>
        <dd>
          {names.you}, {formatInstant(report.madeAt)}
        </dd>
      </dl>
      <p class="report__about">
        On this page: entries we marked “Therapist may see”, and those {names.you} chose to add.
        Private entries are never on it.
      </p>

      <section class="report__section" aria-labelledby="report-steps">
        <h3 id="report-steps">Steps on our path</h3>
        <p>
          {reached.length === 0
            ? 'No step is reached yet. Steps are never graded; they show where we stand.'
            : `${reached.length} of ${report.steps.length} steps reached, as of ${formatDay(report.today)}.`}
        </p>
        <ol class="report__steps">
          {report.steps.map((step) => (
            <li key={step.key}>
              <strong>{step.title}</strong>:{' '}
              {step.status === 'reached'
                ? step.reachedAt
                  ? `reached (${formatInstant(step.reachedAt)})`
                  : 'reached'
                : 'not yet'}
            </li>
          ))}
        </ol>
      </section>

      <section class="report__section" aria-labelledby="report-trends">
        <h3 id="report-trends">How check-ins went</h3>
        {!hasTrends ? (
          <p>No check-in ratings in this period.</p>
        ) : (
          <>
            <p>
              Weekly averages, from 1 to 7, of each partner’s own answers
              {names.partner ? ` (${names.partner}’s as ${names.you} could see them)` : ''}.
            </p>
            <TrendKeyLegend names={names} />
            <div class="trend-grid">
              {TREND_RATINGS.map((rating) => (
                <TrendChart
                  key={rating.key}
                  id={`trend-${rating.key}`}
                  label={rating.label}
                  rating={rating.key}
                  weeks={report.weeks}
                  names={names}
                />
              ))}
            </div>
            <TrendTable report={report} />
          </>
        )}
      </section>

      <EntrySection id="notes" title="Check-in notes" empty="No check-in notes on the report.">
        {notes.map((note) => (
          <div key={note.id} class="summary__entry">
            <h4>
              {nameOf(note.authorId)}, {formatDay(note.day)}
            </h4>
            <p class="summary__words">{note.text}</p>
          </div>
        ))}
      </EntrySection>

      <EntrySection id="commitments" title="Commitments" empty="No commitments on the report.">
        {commitments.map((c) => (
          <div key={c.id} class="summary__entry">
            <h4>{c.text}</h4>
            <dl class="record">
              <dt>Whose</dt>
              <dd>{nameOf(c.ownerId)}</dd>
              <dt>When</dt>
              <dd>{scheduleWords(c.schedule)}</dd>
              <dt>Since</dt>
              <dd>{formatDay(c.startedOn)}</dd>
              <dt>Now</dt>
              <dd>{STATUS_WORDS[c.status]}</dd>
              <dt>Strength</dt>
              <dd>{strengthWords(c.strength)}</dd>
            </dl>
          </div>
        ))}
      </EntrySection>

      <EntrySection
        id="conversations"
        title="Conversations"
        empty="No conversations on the report."
      >
        {conversations.map((c) => (
          <div key={c.id} class="summary__entry">
            <h4>
              {formatDay(c.day)}: {c.topic}
            </h4>
            <dl class="record">
              <dt>Length</dt>
              <dd>{c.minutes} minutes</dd>
              {c.ratings.map((rating) => (
                <div key={rating.memberId} class="record__row">
                  <dt>{nameOf(rating.memberId)} felt</dt>
                  <dd>
                    safe {rating.feltSafe} of 7, heard {rating.feltHeard} of 7
                    {rating.note && (rating.therapistMaySee || !c.therapistMaySee)
                      ? `. “${rating.note}”`
                      : ''}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </EntrySection>

      <EntrySection id="agreements" title="Agreements" empty="No agreements on the report.">
        {agreements.map((a) => (
          <div key={a.id} class="summary__entry">
            <h4>{a.text ?? 'An agreement'}</h4>
            <dl class="record">
              <dt>Where it stands</dt>
              <dd>{AGREEMENT_WORDS[a.status]}</dd>
              {a.activeSince && (
                <div class="record__row">
                  <dt>In force since</dt>
                  <dd>{formatInstant(a.activeSince)}</dd>
                </div>
              )}
              {a.reviewOn && (
                <div class="record__row">
                  <dt>To look at again</dt>
                  <dd>{formatDay(a.reviewOn)}</dd>
                </div>
              )}
              {a.breaks > 0 && (
                <div class="record__row">
                  <dt>Told as broken in the period</dt>
                  <dd>{a.breaks === 1 ? 'Once' : `${a.breaks} times`}</dd>
                </div>
              )}
            </dl>
          </div>
        ))}
      </EntrySection>
    </article>
  );
}

function EntrySection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: ComponentChildren[];
}) {
  return (
    <section class="report__section" aria-labelledby={`report-${id}`}>
      <h3 id={`report-${id}`}>{title}</h3>
      {children.length === 0 ? <p>{empty}</p> : children}
    </section>
  );
}

function TrendTable({ report }: { report: Report }) {
  const partner = report.partner?.displayName ?? null;
  const cell = (value: number | null | undefined) => (value == null ? '–' : String(value));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Weekly check-in averages">
      <table class="report__table">
        <caption>The same weekly averages as a table (– where nobody answered)</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {TREND_RATINGS.map((rating) => (
              <th key={rating.key} scope="col">
                {rating.label}: {report.you.displayName}
                {partner ? ` / ${partner}` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{shortDayOf(week.weekStart)}</th>
              {TREND_RATINGS.map((rating) => (
                <td key={rating.key}>
                  {cell(week.mine?.[rating.key])}
                  {partner ? ` / ${cell(week.partner?.[rating.key])}` : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
