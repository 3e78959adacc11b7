/**
 * Creating an account: name, e-mail, password and time zone (taken from the
 * device, editable). The server signs the new member in at once.
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
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await call(accountOperations.signUp, { body: { displayName, email, password, timeZone } });
      setPassword('');
      await refreshSession();
      onSignedUp();
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

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
