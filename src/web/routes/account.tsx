/**
 * E-mail and password. Both ask for the password again first (step-up). A new
 * password signs out every other device; Mend says so.
 */
import { useState } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { Page } from '../components/page';
import { SubmitButton } from '../components/submit-button';
import { TextField } from '../components/text-field';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { refreshSession } from '../state/session';
import { withStepUp } from '../state/step-up';
import {
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_LENGTH_SINGLE_FACTOR,
} from '../../domain/password-policy';

export function AccountPage({ me }: { me: MeAnswer }) {
  return (
    <Page title="E-mail and password">
      <p class="lead">For your safety, Mend asks for your current password before either change.</p>
      <section class="card" aria-labelledby="email-heading">
        <h2 id="email-heading">Your e-mail address</h2>
        <p class="muted">You sign in with {me.member.email}. Your partner never sees it.</p>
        <EmailForm current={me.member.email} />
      </section>
      <section class="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Your password</h2>
        <PasswordForm />
      </section>
      <p>
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}

function EmailForm({ current }: { current: string }) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const labels = { email: 'The new e-mail address' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim()) {
      setErrors({ fields: { email: 'Please enter the new address.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      const { member, confirmationSent } = await withStepUp(() =>
        call(accountOperations.changeEmail, { body: { email } }),
      );
      setEmail('');
      await refreshSession();
      announce(
        confirmationSent
          ? `We sent a link to ${email.trim()}. Your e-mail changes once you open it; until then you sign in with ${current}.`
          : member.email === current
            ? 'That is already your address; nothing changed.'
            : `Your e-mail address is now ${member.email}.`,
      );
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="new-email"
        label="New e-mail address"
        type="email"
        autoComplete="email"
        value={email}
        onValue={setEmail}
        error={errors.fields['email']}
        required
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Changing…">
        Change my e-mail
      </SubmitButton>
    </form>
  );
}

function PasswordForm() {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const labels = { newPassword: 'The new password' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      setErrors({ fields: { newPassword: 'Please enter a new password.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await withStepUp(() =>
        call(accountOperations.changePassword, { body: { newPassword: password } }),
      );
      setPassword('');
      announce('Your password is changed. Every other device has been signed out.');
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="new-password"
        label="New password"
        type="password"
        hint={`A few words together make a password that is strong and easy to remember: at least ${PASSWORD_MIN_LENGTH_SINGLE_FACTOR} characters, or ${PASSWORD_MIN_LENGTH} with sign-in protection on. Changing it signs out every other device.`}
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
        error={errors.fields['newPassword']}
        required
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Changing…">
        Change my password
      </SubmitButton>
    </form>
  );
}
