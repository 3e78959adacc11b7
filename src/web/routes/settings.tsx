/** Your name and time zone, signing out, and leaving the space. */
import { useState } from 'preact/hooks';
import { signOut, type MeAnswer } from '../api/endpoints';
import { formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { LeaveSpace } from '../components/leave-space-dialog';
import { Page } from '../components/page';
import { ProfileForm } from '../components/profile-form';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { markSignedOut } from '../state/session';

export function SettingsPage({ me }: { me: MeAnswer }) {
  const [error, setError] = useState<string | null>(null);
  const signOutHere = async () => {
    setError(null);
    try {
      await signOut();
      // Everything the app held in memory for this person goes with the session.
      markSignedOut();
      navigate('/', { replace: true });
      announce('You have signed out.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    }
  };
  return (
    <Page title="Settings">
      <section class="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">About you</h2>
        <p class="muted">Signed in as {me.member.email}.</p>
        <ProfileForm member={me.member} />
      </section>
      <section class="card" aria-labelledby="safety-settings-heading">
        <h2 id="safety-settings-heading">Safety check</h2>
        <p>
          Your private safety check can be answered again whenever things change. Only you ever see
          your answers.
        </p>
        <Link href="/safety">Answer the safety check again</Link>
      </section>
      <section class="card" aria-labelledby="session-heading">
        <h2 id="session-heading">Sign out</h2>
        <p>Signing out on this device clears what Mend holds in this tab.</p>
        <FormMessage message={error} />
        <button type="button" class="button" onClick={() => void signOutHere()}>
          Sign out
        </button>
      </section>
      {me.space && <LeaveSpace partnerName={me.space.partner?.displayName ?? null} />}
    </Page>
  );
}
