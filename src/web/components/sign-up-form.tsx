/**
 * Creating an account: name, e-mail, password and time zone (taken from the
 * device, editable). Without e-mail delivery the server signs the new member
 * in at once; with it, the answer is "check your e-mail" (the same for every
 * address) and the account opens from the link.
 */
import { useState } from 'preact/hooks';
import { DISPLAY_NAME_MAX } from '../../contract/limits';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { refreshSession } from '../state/session';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFocusFirstError } from './use-focus-first-error';
import { TimeZoneField } from './time-zone-field';
import { deviceTimeZone } from './time-zones';

const LABELS = {
  displayName: 'Your name',
  email: 'E-mail',
  password: 'Password',
  timeZone: 'Time zone',
};

/** Who will see the name: a partner by default; the couples a therapist supports. */
export function SignUpForm({
  onSignedUp,
  nameHint = 'This is how your partner will see you.',
}: {
  onSignedUp: () => void;
  nameHint?: string;
}) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const [mailedTo, setMailedTo] = useState<string | null>(null);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const answer = await call(accountOperations.signUp, {
        body: { displayName, email, password, timeZone },
      });
      setPassword('');
      if ('status' in answer) {
        setMailedTo(email.trim());
        return;
      }
      await refreshSession();
      onSignedUp();
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

  if (mailedTo !== null) {
    return (
      <div role="status">
        <h2>Check your e-mail</h2>
        <p>
          We sent a message to {mailedTo}. Open the link in it to confirm the address and start; it
          works once, for 24 hours.
        </p>
        <p class="muted">
          Nothing there? Look in the spam folder, or sign up again for a new link.
        </p>
      </div>
    );
  }

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="sign-up-name"
        label={LABELS.displayName}
        hint={nameHint}
        autoComplete="nickname"
        value={displayName}
        onValue={setDisplayName}
        error={errors.fields['displayName']}
        maxLength={DISPLAY_NAME_MAX}
        required
      />
      <TextField
        id="sign-up-email"
        label={LABELS.email}
        type="email"
        autoComplete="email"
        value={email}
        onValue={setEmail}
        error={errors.fields['email']}
        required
      />
      <TextField
        id="sign-up-password"
        label={LABELS.password}
        type="password"
        hint="A few words together make a password that is strong and easy to remember."
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
        error={errors.fields['password']}
        required
      />
      <TimeZoneField
        id="sign-up-time-zone"
        value={timeZone}
        onValue={setTimeZone}
        error={errors.fields['timeZone']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Creating your account…">
        Create my account
      </SubmitButton>
    </form>
  );
}
