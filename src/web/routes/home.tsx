/**
 * Home: where the couple stands. No space yet: create one. Alone in it: invite
 * the partner. Together: who you share it with, and today's check-in.
 */
import { useEffect, useState } from 'preact/hooks';
import { createSpace, type MeAnswer } from '../api/endpoints';
import { formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { InviteCard } from '../components/invite-card';
import { Page } from '../components/page';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { inviteLink } from '../state/invite-link';
import { refreshSession } from '../state/session';

export function HomePage({ me }: { me: MeAnswer }) {
  // The partner may have joined or left since we last asked.
  useEffect(() => {
    void refreshSession();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshSession();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const partner = me.space?.partner ?? null;
  useEffect(() => {
    if (partner) inviteLink.set(null);
  }, [partner]);

  return (
    <Page title="Home" heading={`Hello, ${me.member.displayName}`}>
      {me.space === null ? (
        <CreateSpaceCard />
      ) : partner ? (
        <section class="card" aria-labelledby="together-heading">
          <h2 id="together-heading">Your space</h2>
          <p class="partner-line">
            You share this space with <strong class="partner-name">{partner.displayName}</strong>.
          </p>
        </section>
      ) : (
        <InviteCard invitePending={me.space.invitePending} />
      )}
      {me.space !== null && (
        <section class="card" aria-labelledby="today-heading">
          <h2 id="today-heading">Today</h2>
          <p>A few quiet questions about how today felt. Every one of them may be skipped.</p>
          <div class="actions">
            <Link href="/check-in" class="button button--primary">
              Write today’s check-in
            </Link>
            <Link href="/history" class="button">
              See your history
            </Link>
          </div>
        </section>
      )}
    </Page>
  );
}

function CreateSpaceCard() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await createSpace();
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
