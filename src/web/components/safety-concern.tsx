/**
 * What a safety check that raised concern leads to: plain words that abuse is
 * not a relationship problem, helplines, a nudge toward support of one's own,
 * and a free choice to continue alone or to go on together.
 */
import { useState } from 'preact/hooks';
import { safetyOperations } from '../../contract/operations/safety';
import { call } from '../api/client';
import type { SafetyChoice, SafetyStatus } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { CrisisResources } from './crisis-resources';
import { FocusHeading } from './focus-heading';
import { FormMessage } from './form-message';

interface SafetyConcernProps {
  status: SafetyStatus;
  onChosen: (status: SafetyStatus) => void;
}

export function SafetyConcern({ status, onChosen }: SafetyConcernProps) {
  const [busy, setBusy] = useState<SafetyChoice | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (choice: SafetyChoice) => {
    if (busy) return;
    setBusy(choice);
    setError(null);
    try {
      onChosen((await call(safetyOperations.chooseSafetyPath, { body: { choice } })).safety);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="card" aria-labelledby="concern-heading">
      {/* It replaces the questions just answered: focus moves here to read on. */}
      <FocusHeading id="concern-heading" focus>
        Thank you for answering honestly
      </FocusHeading>
      <p>
        What you told us can be a sign of abuse. Abuse is not a relationship problem, and exercises
        for couples cannot fix it. You deserve support of your own.
      </p>
      <p>
        We recommend talking with someone who is there only for you: a helpline, a counsellor, or a
        person you trust. Your answers stay private; your partner will not see them.
      </p>
      <CrisisResources suggestedCountry={status.suggestedCountry} />
      <h3>How would you like to go on?</h3>
      <p>You can change this at any time by answering the safety check again.</p>
      <FormMessage message={error} />
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void choose('continue-alone')}
        >
          {busy === 'continue-alone' ? 'Saving…' : 'Continue on my own'}
        </button>
        <button
          type="button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void choose('go-on')}
        >
          {busy === 'go-on' ? 'Saving…' : 'Go on together'}
        </button>
      </div>
      {status.choice && (
        <p class="field__hint">
          You chose to{' '}
          {status.choice === 'continue-alone' ? 'continue on your own' : 'go on together'}.
        </p>
      )}
    </section>
  );
}
