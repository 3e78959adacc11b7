/**
 * The forgiveness statement (step 10), entirely optional: the author writes
 * or rewrites it, and it stays private unless they share it. The partner's
 * appears only when they shared theirs. Nothing here asks for one, reminds of
 * one or remarks on its absence: with no statement the section only offers
 * the form behind a plain button.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import type { ForgivenessStatementItem } from '../../api/types';
import { forgivenessOperations } from '../../../contract/operations/forgiveness';
import { FORGIVENESS_STATEMENT_MAX } from '../../../contract/limits';
import { FormMessage } from '../../components/form-message';
import type { People } from '../../components/repair/people';
import { TextForm } from '../../components/repair/text-form';
import { announce } from '../../state/announcer';

type Statements = {
  mine: ForgivenessStatementItem | null;
  partner: ForgivenessStatementItem | null;
};

export function StatementPart({
  statements,
  people,
  onChanged,
}: {
  statements: Statements;
  people: People;
  onChanged: (mine: ForgivenessStatementItem) => void;
}) {
  const { mine, partner } = statements;
  const [writing, setWriting] = useState(false);
  const write = async (text: string) => {
    const { statement } = await call(forgivenessOperations.putForgivenessStatement, {
      body: { text },
    });
    onChanged(statement);
    setWriting(false);
    announce(
      statement.shared
        ? `Your statement is kept. ${people.partnerName} can read it as it is now.`
        : 'Your statement is kept. Only you can read it.',
    );
  };
  return (
    <>
      <section class="card" aria-labelledby="statement-heading">
        <h2 id="statement-heading">Forgiveness statement</h2>
        <p class="muted">
          Optional. Some people put forgiveness into words of their own; many never do, and either
          is fine. A statement stays private unless you choose to share it.
        </p>
        {mine && !writing && (
          <>
            <h3 class="subheading">Your statement</h3>
            <p class="quote">{mine.text}</p>
            <ShareStatement mine={mine} people={people} onChanged={onChanged} />
          </>
        )}
        {writing ? (
          <TextForm
            id="forgiveness-statement"
            label="Your forgiveness statement"
            hint="In your own words. You can rewrite it at any time."
            initial={mine?.text ?? ''}
            max={FORGIVENESS_STATEMENT_MAX}
            submitLabel="Keep this statement"
            busyLabel="Keeping it…"
            emptyMessage="Please write the statement, or cancel."
            onSubmit={(text) => write(text)}
            onCancel={() => setWriting(false)}
          />
        ) : (
          <div class="actions">
            <button type="button" class="button" onClick={() => setWriting(true)}>
              {mine ? 'Rewrite it' : 'Write a statement'}
            </button>
          </div>
        )}
      </section>
      {partner && (
        <section aria-labelledby="partner-statement-heading">
          <h2 id="partner-statement-heading">{people.possessive(partner.authorId)} statement</h2>
          <p class="field__hint">{people.nameOf(partner.authorId)} chose to share this with you.</p>
          <p class="quote">{partner.text}</p>
        </section>
      )}
    </>
  );
}

/** Share the statement, or keep it private again; what each means is said beside it. */
function ShareStatement({
  mine,
  people,
  onChanged,
}: {
  mine: ForgivenessStatementItem;
  people: People;
  onChanged: (mine: ForgivenessStatementItem) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const partner = people.partnerName;
  const share = async (shared: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { statement } = await call(forgivenessOperations.shareForgivenessStatement, {
        body: { shared },
      });
      onChanged(statement);
      announce(
        shared
          ? `${partner} can now read your statement.`
          : 'Your statement is private again: only you can read it.',
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p id="statement-sharing-hint" class="field__hint">
        {mine.shared
          ? `Shared: ${partner} can read it, and any rewording as you make it. You can keep it private again at any time; ${partner} then no longer sees it.`
          : `Private: only you can read it. Sharing lets ${partner} read it; you can keep it private again at any time.`}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-describedby="statement-sharing-hint"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void share(!mine.shared)}
        >
          {mine.shared ? 'Keep it private again' : `Share it with ${partner}`}
        </button>
      </div>
      <FormMessage message={error} />
    </>
  );
}
