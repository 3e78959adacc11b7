/** The cards home shows on the way to a shared space, one per stage. */
import { useState } from 'preact/hooks';
import { spaceOperations } from '../../contract/operations/spaces';
import { call } from '../api/client';
import type { Partner } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { refreshSession } from '../state/session';
import { FormMessage } from './form-message';

export function SafetyFirstCard() {
  return (
    <section class="card" aria-labelledby="safety-first-heading">
      <h2 id="safety-first-heading">Before you begin</h2>
      <p>
        A short private safety check comes first. It takes a minute, and your answers are never
        shown to your partner.
      </p>
      <Link href="/safety" class="button button--primary">
        Answer the safety check
      </Link>
    </section>
  );
}

export function CreateSpaceCard() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call(spaceOperations.createSpace);
      await refreshSession();
      announce('Your space is ready.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="space-heading">
      <h2 id="space-heading">Start your space</h2>
      <p>
        A space is the private place you share with your partner. Make it now; you can invite your
        partner right after, and use Mend on your own until they join.
      </p>
      <button
        type="button"
        class="button button--primary"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void create()}
      >
        {busy ? 'Making your space…' : 'Create our space'}
      </button>
      <FormMessage message={error} />
    </section>
  );
}

export function InvitePausedCard() {
  return (
    <section class="card" aria-labelledby="paused-heading">
      <h2 id="paused-heading">Your space, on your own</h2>
      <p>
        You chose to continue on your own, so inviting a partner is paused. You can change this
        whenever you like by <Link href="/safety">answering the safety check again</Link>.
      </p>
    </section>
  );
}

export function TogetherCard({ partner }: { partner: Partner }) {
  return (
    <section class="card" aria-labelledby="together-heading">
      <h2 id="together-heading">Your space</h2>
      <p class="partner-line">
        You share this space with <strong class="partner-name">{partner.displayName}</strong>.
      </p>
    </section>
  );
}
