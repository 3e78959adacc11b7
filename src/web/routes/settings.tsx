/**
 * Settings: your name and time zone, sign-in and security, the safety check,
 * your space (a therapist, its activity), your data, signing out and leaving.
 * The screens behind the links load only when opened.
 */
import { useState } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { DeleteAccount } from '../components/delete-account-dialog';
import { DownloadDataButton } from '../components/download-data-button';
import { DraftSetting } from '../components/draft-setting';
import { FormMessage } from '../components/form-message';
import { LeaveSpace } from '../components/leave-space-dialog';
import { Page } from '../components/page';
import { ProfileForm } from '../components/profile-form';
import { SettingsLinks } from '../components/settings-links';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { markSignedOut } from '../state/session';

export function SettingsPage({ me }: { me: MeAnswer }) {
  const [error, setError] = useState<string | null>(null);
  const signOutHere = async () => {
    setError(null);
    try {
      await call(accountOperations.signOut);
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
      <section class="card" aria-labelledby="reminders-settings-heading">
        <h2 id="reminders-settings-heading">Reminders</h2>
        <SettingsLinks
          links={[
            {
              href: '/settings/reminders',
              label: 'Reminders',
              hint: 'A gentle nudge to check in or for commitments due, at a time you choose.',
            },
          ]}
        />
      </section>
      <section class="card" aria-labelledby="security-heading">
        <h2 id="security-heading">Signing in</h2>
        <SettingsLinks
          links={[
            {
              href: '/settings/devices',
              label: 'Signed-in devices',
              hint: 'Where you are signed in. Sign out any device you do not recognise.',
            },
            {
              href: '/settings/protection',
              label: 'Sign-in protection',
              hint: 'An authenticator app or a passkey beside your password.',
            },
            {
              href: '/settings/account',
              label: 'E-mail and password',
              hint: 'Change the address you sign in with, or your password.',
            },
          ]}
        />
      </section>
      <section class="card" aria-labelledby="safety-settings-heading">
        <h2 id="safety-settings-heading">Safety check</h2>
        <p>
          Your private safety check can be answered again whenever things change. Only you ever see
          your answers.
        </p>
        <Link href="/safety">Answer the safety check again</Link>
      </section>
      {me.space && (
        <section class="card" aria-labelledby="space-settings-heading">
          <h2 id="space-settings-heading">Your space</h2>
          <SettingsLinks
            links={[
              {
                href: '/settings/therapist',
                label: 'A therapist',
                hint: 'Invite a therapist, only with both your consent. Either of you can end it.',
              },
              {
                href: '/settings/activity',
                label: 'Activity',
                hint: 'What a therapist read, downloads of data, and who joined or left.',
              },
            ]}
          />
        </section>
      )}
      <section class="card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything that is yours, and the shared entries of your space, as a file you keep. It is
          readable by anyone who has it, so keep it somewhere safe.
        </p>
        <div class="actions">
          <DownloadDataButton />
          <Link href="/settings/summary" class="button">
            Printable summary
          </Link>
          {me.space && (
            <Link href="/progress/report" class="button">
              Report for your therapist
            </Link>
          )}
        </div>
        <h3 class="subheading">Delete your account</h3>
        <p>Removes your account and everything that is yours, at once.</p>
        <DeleteAccount partnerName={me.space?.partner?.displayName ?? null} />
      </section>
      <section class="card" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">Drafts</h2>
        <DraftSetting />
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
