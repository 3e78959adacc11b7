/** E-mail and password; on success the session is refreshed and `onSignedIn` runs. */
import { useState } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import type { SecondFactorChallenge } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { Link } from '../router/link';
import { refreshSession } from '../state/session';
import { FormMessage } from './form-message';
import { SecondFactorForm } from './second-factor-form';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFocusFirstError } from './use-focus-first-error';

const LABELS = { email: 'E-mail', password: 'Password' };

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const result = await call(accountOperations.signIn, { body: { email, password } });
      setPassword('');
      if ('secondFactorRequired' in result) {
        setChallenge(result);
        return;
      }
      await refreshSession();
      onSignedIn();
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

  if (challenge) {
    return (
      <SecondFactorForm
        challenge={challenge}
        onSignedIn={onSignedIn}
        onStartOver={() => setChallenge(null)}
      />
    );
  }

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="sign-in-email"
        label={LABELS.email}
        type="email"
        autoComplete="email"
        value={email}
        onValue={setEmail}
        error={errors.fields['email']}
        required
      />
      <TextField
        id="sign-in-password"
        label={LABELS.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onValue={setPassword}
        error={errors.fields['password']}
        required
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}
