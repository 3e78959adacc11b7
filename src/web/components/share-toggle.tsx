/**
 * Share one of one's own private entries with the partner, or keep it private
 * again: the hint says plainly what sharing means now, the button turns it the
 * other way, one request at a time, and the result is announced. A refusal
 * shows beside the button; the entry stays as the server last said.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom } from '../api/form-errors';
import { announce } from '../state/announcer';
import { FormMessage } from './form-message';

export function ShareToggle({
  id,
  shared,
  hint,
  shareLabel,
  said,
  share,
}: {
  /** Unique on the screen: names the hint. */
  id: string;
  shared: boolean;
  hint: string;
  /** The button's words while the entry is private. */
  shareLabel: string;
  /** What to announce once the entry is `shared` (true) or private again (false). */
  said: (shared: boolean) => string;
  /** Asks the server; the caller takes the answer. */
  share: (shared: boolean) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = `share-${id}-hint`;
  const turn = async (next: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await share(next);
      announce(said(next));
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <p id={hintId} class="field__hint">
        {hint}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-describedby={hintId}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void turn(!shared)}
        >
          {shared ? 'Keep it private again' : shareLabel}
        </button>
      </div>
      <FormMessage message={error} />
    </div>
  );
}
