/**
 * The screens that links in Mend e-mails open, and asking for a reset link:
 * - `/confirm-email#token=…` confirms a sign-up (and signs in) or a new address;
 * - `/forgot-password` asks for a reset link (the same answer for every address);
 * - `/reset-password#token=…` chooses a new password, then sign in as usual —
 *   a second factor is still asked;
 * - `/mail/unsubscribe#token=…` turns one kind of e-mail off, after asking.
 * The tokens come from the fragment (state/link-token.ts) and are POSTed, so
 * they never sit in a server log or a Referer. Nothing happens on opening a
 * page by itself: a person presses the button (mail scanners open links too).
 */
import { useState } from 'preact/hooks';
import {
  emailConfirmationOperations,
  mailPreferenceOperations,
  passwordResetOperations,
} from '../../contract/operations/mail';
import { ApiError, call } from '../api/client';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { Page } from '../components/page';
import { SubmitButton } from '../components/submit-button';
import { TextField } from '../components/text-field';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { forgetLinkToken, linkTokenFor } from '../state/link-token';
import { refreshSession } from '../state/session';

const usedOrExpired = (error: unknown) =>
  error instanceof ApiError && error.is('link-used-or-expired');

function NoLink({ what }: { what: string }) {
  return (
    <p>
      This page needs the link from {what}. Please open that link again, exactly as you received it.
    </p>
  );
}

export function ConfirmEmailPage() {
  const token = linkTokenFor('/confirm-email');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || !token) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const answer = await call(emailConfirmationOperations.confirmEmail, { body: { token } });
      forgetLinkToken();
      await refreshSession();
      if (answer.confirmed === 'sign-up') {
        navigate('/', { replace: true });
        announce('Your e-mail is confirmed and your account is ready.');
      } else {
        setChanged(true);
      }
    } catch (error) {
      setErrors(
        usedOrExpired(error)
          ? {
              fields: {},
              general:
                'This link has already been used or has expired. Sign up (or change your e-mail) again for a new one.',
            }
          : formErrorsFrom(error, {}),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Confirm your e-mail">
      {!token ? (
        <NoLink what="our e-mail" />
      ) : changed ? (
        <p role="status">
          Your e-mail address is changed. From now on you sign in with the new one.{' '}
          <Link href="/">Go to Mend</Link>
        </p>
      ) : (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          <p>Press the button to confirm this e-mail address for your Mend account.</p>
          <FormMessage message={errors.general} />
          <SubmitButton busy={busy} busyLabel="Confirming…">
            Confirm my e-mail
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const formRef = useFocusFirstError(errors);
  const labels = { email: 'E-mail' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await call(passwordResetOperations.requestPasswordReset, { body: { email } });
      setSent(true);
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Reset your password">
      {sent ? (
        <div role="status">
          <p>
            If {email.trim()} has a Mend account, a link to reset its password is on its way. It
            works once, for one hour.
          </p>
          <p>
            <Link href="/">Back to sign in</Link>
          </p>
        </div>
      ) : (
        <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
          <p>Enter the e-mail you sign in with; we will send a link to choose a new password.</p>
          <TextField
            id="reset-email"
            label={labels.email}
            type="email"
            autoComplete="email"
            value={email}
            onValue={setEmail}
            error={errors.fields['email']}
            required
          />
          <FormMessage message={errors.general} />
          <SubmitButton busy={busy} busyLabel="Sending…">
            Send me a link
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}

export function ResetPasswordPage() {
  const token = linkTokenFor('/reset-password');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const labels = { newPassword: 'New password' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || !token) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await call(passwordResetOperations.completePasswordReset, {
        body: { token, newPassword: password },
      });
      setPassword('');
      forgetLinkToken();
      await refreshSession();
      navigate('/', { replace: true });
      announce('Your password is changed and every device is signed out. Please sign in.');
    } catch (error) {
      setErrors(
        usedOrExpired(error)
          ? {
              fields: {},
              general: 'This link has already been used or has expired. Ask for a new one.',
            }
          : formErrorsFrom(error, labels),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Choose a new password">
      {!token ? (
        <NoLink what="the reset e-mail" />
      ) : (
        <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="reset-password"
            label={labels.newPassword}
            type="password"
            hint="A few words together make a password that is strong and easy to remember."
            autoComplete="new-password"
            value={password}
            onValue={setPassword}
            error={errors.fields['newPassword']}
            required
          />
          <FormMessage message={errors.general} />
          <SubmitButton busy={busy} busyLabel="Saving…">
            Save my new password
          </SubmitButton>
          <p class="muted">
            Every device is signed out afterwards. If you use a second factor, it is still asked
            when you sign in.
          </p>
          <p>
            <Link href="/forgot-password">Ask for a new link</Link>
          </p>
        </form>
      )}
    </Page>
  );
}

export function UnsubscribePage() {
  const token = linkTokenFor('/mail/unsubscribe');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || !token) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await call(mailPreferenceOperations.unsubscribe, {
        query: { token },
        body: { 'List-Unsubscribe': 'One-Click' },
      });
      setDone(true);
    } catch (error) {
      setErrors(
        usedOrExpired(error)
          ? { fields: {}, general: 'This link is not valid. Please open it again from the e-mail.' }
          : formErrorsFrom(error, {}),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Stop these e-mails">
      {!token ? (
        <NoLink what="the e-mail" />
      ) : done ? (
        <p role="status">
          Done: you will get no more e-mails of this kind. Security e-mails (a password reset, a
          sign-in address change) still come.
        </p>
      ) : (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          <p>Stop e-mails of the kind this link came in? Nothing else changes.</p>
          <FormMessage message={errors.general} />
          <SubmitButton busy={busy} busyLabel="Turning off…">
            Stop these e-mails
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}
