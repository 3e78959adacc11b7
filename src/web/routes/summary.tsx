/**
 * The printable summary: the same export as "Download my data", laid out as a
 * page to print or save as PDF, made in this browser and held only while the
 * page is open. Safety-check answers are left out unless the person asks, as
 * a printout can be found by someone else.
 */
import { useState } from 'preact/hooks';
import { exportMyData, type ExportDocument } from '../api/endpoints';
import { formErrorsFrom } from '../api/form-errors';
import { formatDay } from '../components/days';
import { FocusHeading } from '../components/focus-heading';
import { FormMessage } from '../components/form-message';
import { formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { Link } from '../router/link';
import { withStepUp } from '../state/step-up';

const SECTION_TITLES: Record<string, string> = {
  members: 'Your account',
  sessions: 'Signed-in devices',
  notices: 'Notices',
  outbox: 'E-mails to you',
  space_members: 'Your spaces',
  spaces: 'Spaces',
  invites: 'Invite links you made',
  safety_checks: 'Your safety checks',
  check_ins: 'Check-ins',
  therapist_grants: 'Therapists',
  therapist_notes: 'Notes from your therapist',
  audit_events: 'Activity',
};

/** Columns naming a person: shown as "You", the partner's name, or "Someone else". */
const PERSON_COLUMNS = new Set([
  'memberId',
  'authorId',
  'createdBy',
  'proposedBy',
  'consentedBy',
  'revokedBy',
  'therapistId',
]);

/** Columns that are only identifiers, meaningful in the file, not on paper. */
const HIDDEN_COLUMNS = new Set(['id', 'spaceId']);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const titleOf = (section: string) =>
  SECTION_TITLES[section] ??
  section.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());

const labelOf = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());

function columnsOf(rows: Record<string, unknown>[]): string[] {
  const columns: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!HIDDEN_COLUMNS.has(key) && !columns.includes(key)) columns.push(key);
    }
  }
  return columns;
}

function isNote(value: unknown): value is { text: string; visibility: string } {
  return typeof value === 'object' && value !== null && 'text' in value && 'visibility' in value;
}

export function SummaryPage() {
  const [exported, setExported] = useState<ExportDocument | null>(null);
  const [withSafety, setWithSafety] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const make = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setExported(await withStepUp(exportMyData));
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Printable summary">
      <div class="no-print">
        <p class="lead">
          Everything that is yours, laid out to print or to save as a PDF. It is made here in your
          browser from a fresh copy of your data and, like every download, shows in your space’s
          activity.
        </p>
        <div class="check">
          <input
            type="checkbox"
            id="summary-safety"
            checked={withSafety}
            onChange={(event) => setWithSafety(event.currentTarget.checked)}
            aria-describedby="summary-safety-hint"
          />
          <label for="summary-safety">Include my safety check answers</label>
        </div>
        <p id="summary-safety-hint" class="field__hint">
          Left out unless you tick this: a printout can be found by someone else.
        </p>
        <FormMessage message={error} />
        <div class="actions">
          {!exported && (
            <button
              type="button"
              class="button button--primary"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => void make()}
            >
              {busy ? 'Making your summary…' : 'Show my summary'}
            </button>
          )}
          {exported && (
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              Print
            </button>
          )}
        </div>
      </div>
      {exported && <Summary exported={exported} withSafety={withSafety} />}
      <p class="no-print">
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}

function Summary({ exported, withSafety }: { exported: ExportDocument; withSafety: boolean }) {
  const { member, space } = exported;
  const partner = space?.partner ?? null;
  const person = (value: unknown) => {
    if (value === null || value === undefined) return '—';
    if (value === member.id) return 'You';
    if (partner && value === partner.id) return partner.displayName;
    return 'Someone else';
  };
  const show = (key: string, value: unknown): string => {
    if (PERSON_COLUMNS.has(key)) return person(value);
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (typeof value === 'string' && INSTANT.test(value)) return formatInstant(value);
    if (typeof value === 'string' && DAY.test(value)) return formatDay(value);
    if (isNote(value)) {
      return `${value.text} (${value.visibility === 'private' ? 'only you' : 'shared'})`;
    }
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value) ?? '—';
  };
  const sections = Object.entries(exported.data).filter(
    ([section]) => withSafety || section !== 'safety_checks',
  );

  return (
    <article class="summary" aria-labelledby="summary-heading">
      <FocusHeading id="summary-heading" focus>
        Mend: everything that is {member.displayName}’s
      </FocusHeading>
      <dl class="facts">
        <div>
          <dt>Made</dt>
          <dd>{formatInstant(exported.exportedAt)}</dd>
        </div>
        <div>
          <dt>E-mail</dt>
          <dd>{member.email}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{member.timeZone}</dd>
        </div>
        <div>
          <dt>Space</dt>
          <dd>
            {space === null
              ? 'Not in a space'
              : partner
                ? `Shared with ${partner.displayName}`
                : 'On your own'}
          </dd>
        </div>
      </dl>
      {sections.map(([section, rows]) => {
        const columns = columnsOf(rows);
        return (
          <section key={section} class="summary__section" aria-labelledby={`summary-${section}`}>
            <h3 id={`summary-${section}`}>{titleOf(section)}</h3>
            {rows.length === 0 ? (
              <p class="muted">Nothing here.</p>
            ) : (
              <div class="table-scroll">
                <table class="summary__table">
                  <thead>
                    <tr>
                      {columns.map((column) => (
                        <th key={column} scope="col">
                          {labelOf(column)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row, index) => (
                      <tr key={typeof row['id'] === 'string' ? row['id'] : index}>
                        {columns.map((column) => (
                          <td key={column}>{show(column, row[column])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
