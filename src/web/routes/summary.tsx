/**
 * The printable summary: the same export as "Download my data", laid out as a
 * page to print or save as PDF, made in this browser and held only while the
 * page is open. Safety-check answers are left out unless the person asks, as
 * a printout can be found by someone else.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { yourDataOperations } from '../../contract/operations/your-data';
import { call } from '../api/client';
import type { ExportDocument } from '../api/types';
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
  totp_factors: 'Authenticator app',
  recovery_codes: 'Recovery codes (when made and used, never the codes)',
  passkeys: 'Passkeys',
  webauthn_challenges: 'Passkey requests',
  sign_in_tickets: 'Sign-in second steps',
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

const LABELS: Record<string, string> = {
  memberId: 'Who',
  authorId: 'Written by',
  proposedBy: 'Proposed by',
  consentedBy: 'Agreed by',
  revokedBy: 'Ended by',
  therapistId: 'Therapist',
  noteVisibility: 'Who can read the note',
};

const labelOf = (key: string) =>
  LABELS[key] ??
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id on its own (an audit row's subject, say) means nothing on paper. */
const isBareId = (key: string, value: unknown) =>
  !PERSON_COLUMNS.has(key) && typeof value === 'string' && UUID.test(value);

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
      setExported(await withStepUp(() => call(yourDataOperations.exportMyData)));
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
  const filled = sections.filter(([, rows]) => rows.length > 0);
  const empty = sections.filter(([, rows]) => rows.length === 0);
  const fieldsOf = (row: Record<string, unknown>): [string, string][] =>
    Object.entries(row)
      .filter(([key, value]) => !HIDDEN_COLUMNS.has(key) && !isBareId(key, value))
      .map(([key, value]) => [labelOf(key), show(key, value)]);

  return (
    <article class="summary" aria-labelledby="summary-heading">
      <FocusHeading id="summary-heading" focus>
        Mend: everything that is {member.displayName}’s
      </FocusHeading>
      <dl class="record">
        <dt>Made</dt>
        <dd>{formatInstant(exported.exportedAt)}</dd>
        <dt>E-mail</dt>
        <dd>{member.email}</dd>
        <dt>Time zone</dt>
        <dd>{member.timeZone}</dd>
        <dt>Space</dt>
        <dd>
          {space === null
            ? 'Not in a space'
            : partner
              ? `Shared with ${partner.displayName}`
              : 'On your own'}
        </dd>
      </dl>
      {filled.map(([section, rows]) => (
        <section key={section} class="summary__section" aria-labelledby={`summary-${section}`}>
          <h3 id={`summary-${section}`}>{titleOf(section)}</h3>
          {rows.map((row, index) => (
            <dl key={typeof row['id'] === 'string' ? row['id'] : index} class="record">
              {fieldsOf(row).map(([label, value]) => (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
            </dl>
          ))}
        </section>
      ))}
      {empty.length > 0 && (
        <section class="summary__section" aria-labelledby="summary-empty">
          <h3 id="summary-empty">Nothing yet</h3>
          <p>{empty.map(([section]) => titleOf(section)).join(', ')}.</p>
        </section>
      )}
    </article>
  );
}
