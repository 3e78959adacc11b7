/**
 * Opening a partner's invite link. Someone signed out creates an account (or
 * signs in) first, right here; the token waits in memory meanwhile. Then one
 * button joins the space, and every refusal is explained in plain words.
 */
import { useState } from 'preact/hooks';
import type { ProblemCode } from '../../contract/problems';
import { spaceOperations } from '../../contract/operations/spaces';
import { ApiError, call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { describeProblem, formErrorsFrom } from '../api/form-errors';
import { FocusHeading } from '../components/focus-heading';
import { FormMessage } from '../components/form-message';
import { Page } from '../components/page';
import { SignInForm } from '../components/sign-in-form';
import { SafetyStep } from '../components/safety-step';
import { SignUpForm } from '../components/sign-up-form';
import { useSafetyStatus } from '../components/use-safety-status';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { forgetInviteToken, pendingInviteToken } from '../state/invite-token';
import { refreshSession } from '../state/session';

/** Refusals after which trying the same link again cannot help. */
const FINAL_REFUSALS: readonly ProblemCode[] = [
  'invite-used',
  'invite-expired',
  'invite-revoked',
  'invite-not-found',
  'already-in-space',
  'space-full',
];

interface Refusal {
  message: string;
  final: boolean;
}

export function JoinPage({ me }: { me: MeAnswer | null }) {
  const token = pendingInviteToken();
  if (!token) {
    return (
      <Page title="Join your partner">
        <p>
          This page needs the link your partner sent you. Please open that link again, exactly as
          you received it.
        </p>
      </Page>
    );
  }
  return (
    <Page title="Join your partner">
      <p class="lead">Your partner invited you to share a private space in Mend.</p>
      {me ? <AcceptInvite token={token} me={me} /> : <SignUpOrSignIn />}
    </Page>
  );
}

export function SignUpOrSignIn({ nameHint }: { nameHint?: string } = {}) {
  const [hasAccount, setHasAccount] = useState(false);
  // Both forms refresh the session; this page then re-renders with the join button.
  const done = () => announce('You are signed in.');
  return (
    <section class="card" aria-labelledby="join-account-heading">
      <h2 id="join-account-heading">
        {hasAccount ? 'First, sign in' : 'First, create your account'}
      </h2>
      {hasAccount ? (
        <SignInForm onSignedIn={done} />
      ) : (
        <SignUpForm onSignedUp={done} nameHint={nameHint} />
      )}
      <p>
        <button type="button" class="link-button" onClick={() => setHasAccount(!hasAccount)}>
          {hasAccount ? 'I am new to Mend' : 'I already have an account'}
        </button>
      </p>
    </section>
  );
}

function AcceptInvite({ token, me }: { token: string; me: MeAnswer }) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const safety = useSafetyStatus(me.space === null);
  // After the safety step, focus moves on to the join button's section.
  const [justCheckedSafety, setJustCheckedSafety] = useState(false);

  if (me.space !== null && !refusal) {
    return (
      <section class="card" aria-labelledby="join-heading">
        <h2 id="join-heading">You are already in a space</h2>
        <p>
          A person can be in one space at a time. If you want to join this one, leave your current
          space first in <Link href="/settings">Settings</Link>, then open the link again.
        </p>
      </section>
    );
  }

  if (safety.error) return <FormMessage message={safety.error} />;
  if (!safety.status) return <p aria-busy="true">One moment…</p>;
  if (!safety.status.jointFeatures) {
    const paused = safety.status.concern && safety.status.choice === 'continue-alone';
    return paused ? (
      <section class="card" aria-labelledby="join-heading">
        <h2 id="join-heading">Joining is paused</h2>
        <p>
          You chose to continue on your own. If that changes, answer the{' '}
          <Link href="/safety">safety check</Link> again, then open your partner’s link once more.
        </p>
      </section>
    ) : (
      <SafetyStep
        status={safety.status}
        focusOnMount
        onDone={(next) => {
          setJustCheckedSafety(true);
          safety.setStatus(next);
        }}
      />
    );
  }

  const join = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      const { space } = await call(spaceOperations.acceptInvite, { body: { token } });
      forgetInviteToken();
      await refreshSession();
      navigate('/', { replace: true });
      announce(
        space.partner
          ? `You joined ${space.partner.displayName}’s space.`
          : 'You joined the space.',
      );
    } catch (failure) {
      if (failure instanceof ApiError) {
        const final = FINAL_REFUSALS.some((code) => failure.is(code));
        if (final) forgetInviteToken();
        setRefusal({ message: describeProblem(failure), final });
      } else {
        setRefusal({ message: formErrorsFrom(failure, {}).general ?? '', final: false });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="join-heading">
      <FocusHeading id="join-heading" focus={justCheckedSafety}>
        Join the space
      </FocusHeading>
      <p>
        Signed in as {me.member.displayName}. Once you join, you and your partner see each other’s
        names, and each of you sees the other’s check-ins after writing your own.
      </p>
      <FormMessage message={refusal?.message ?? null} />
      {!refusal?.final && (
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void join()}
        >
          {busy ? 'Joining…' : 'Join the space'}
        </button>
      )}
    </section>
  );
}
