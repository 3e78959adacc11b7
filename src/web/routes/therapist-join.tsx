/**
 * A therapist opening the link a couple's consent sent them: create an
 * account (or sign in) right here, then accept. The token waits in memory
 * meanwhile; every refusal is explained in plain words.
 */
import { useState } from 'preact/hooks';
import type { ProblemCode } from '../../contract/problems';
import { therapistOperations } from '../../contract/operations/therapist';
import { ApiError, call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { describeProblem, formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { Page } from '../components/page';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { openCouple } from '../state/therapist-couple';
import { forgetTherapistToken, pendingTherapistToken } from '../state/therapist-token';
import { SignUpOrSignIn } from './join';

/** Refusals after which the same link cannot work. */
const FINAL: readonly ProblemCode[] = [
  'invite-not-found',
  'invite-expired',
  'partner-cannot-be-therapist',
];

export function TherapistJoinPage({ me }: { me: MeAnswer | null }) {
  const token = pendingTherapistToken();
  if (!token) {
    return (
      <Page title="Join as a therapist">
        <p>
          This page needs the link from the invitation e-mail. Please open that link again, exactly
          as you received it.
        </p>
      </Page>
    );
  }
  return (
    <Page title="Join as a therapist">
      <p class="lead">
        A couple using Mend asked you to support them, and both partners agreed. You will see only
        the shared entries they flag for you, read-only, and you can write notes to them both.
        Either partner can end your access at any time, and they see each time you read.
      </p>
      {me ? (
        <Accept token={token} me={me} />
      ) : (
        <SignUpOrSignIn nameHint="This is how the couples you support will see you." />
      )}
    </Page>
  );
}

function Accept({ token, me }: { token: string; me: MeAnswer }) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; final: boolean } | null>(null);

  const accept = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      const { space } = await call(therapistOperations.acceptTherapistInvite, { body: { token } });
      forgetTherapistToken();
      openCouple.set(space);
      navigate(`/therapist/couples/${space.id}`, { replace: true });
      announce('You have accepted. What the couple shares with you is below.');
    } catch (failure) {
      if (failure instanceof ApiError) {
        const final = FINAL.some((code) => failure.is(code));
        if (final) forgetTherapistToken();
        setRefusal({ message: describeProblem(failure), final });
      } else {
        setRefusal({ message: formErrorsFrom(failure, {}).general ?? '', final: false });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="accept-heading">
      <h2 id="accept-heading">Accept the invitation</h2>
      <p>
        Signed in as {me.member.displayName} ({me.member.email}). The link works only for the
        address it was sent to, and the couple will see your name.
      </p>
      <FormMessage message={refusal?.message ?? null} />
      {!refusal?.final && (
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void accept()}
        >
          {busy ? 'Accepting…' : 'Accept the invitation'}
        </button>
      )}
    </section>
  );
}
