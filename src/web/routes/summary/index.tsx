/**
 * The printable summary: everything that is yours as a document a person
 * would hand to a therapist — words, not codes — read on screen and printed
 * from there. It is not a download: it has its own limit and its own line in
 * your activity. Safety-check answers are left out unless the person asks, as
 * a printout can be found by someone else.
 */
import { useState } from 'preact/hooks';
import { yourDataOperations } from '../../../contract/operations/your-data';
import { call } from '../../api/client';
import type { ExportDocument } from '../../api/types';
import { formErrorsFrom } from '../../api/form-errors';
import { FocusHeading } from '../../components/focus-heading';
import { FormMessage } from '../../components/form-message';
import { formatInstant } from '../../components/instants';
import { Page } from '../../components/page';
import { Link } from '../../router/link';
import { withStepUp } from '../../state/step-up';
import { presentSummary } from './present';

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
      setExported(await withStepUp(() => call(yourDataOperations.viewMySummary)));
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
          Everything that is yours, written out to read, print or save as a PDF — to keep, or to
          hand to a therapist. It is made from a fresh copy of your data and shows in your own
          activity (never your partner’s).
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
  const { sections, empty } = presentSummary(exported, withSafety);
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
      {sections.map((section) => (
        <section
          key={section.id}
          class="summary__section"
          aria-labelledby={`summary-${section.id}`}
        >
          <h3 id={`summary-${section.id}`}>{section.title}</h3>
          {section.entries.map((entry, index) => (
            <div key={index} class="summary__entry">
              <h4>{entry.heading}</h4>
              {entry.facts.length > 0 && (
                <dl class="record">
                  {entry.facts.map(([label, value], at) => (
                    <div key={at} class="record__row">
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {entry.texts.map(({ label, text }, at) => (
                <div key={at} class="summary__text">
                  <p class="summary__label">{label}</p>
                  <p class="summary__words">{text}</p>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
      {empty.length > 0 && (
        <section class="summary__section" aria-labelledby="summary-empty">
          <h3 id="summary-empty">Nothing yet</h3>
          <p>{empty.join(', ')}.</p>
        </section>
      )}
    </article>
  );
}
