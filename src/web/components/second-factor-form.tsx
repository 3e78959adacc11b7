/**
 * Sign-in's second step, for members who turned on a second factor: the six
 * digits from their authenticator app, or one of their recovery codes.
 */
import { useState } from 'preact/hooks';
import { completeSignIn, type SecondFactorChallenge } from '../api/endpoints';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { refreshSession } from '../state/session';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFocusFirstError } from './use-focus-first-error';

interface SecondFactorFormProps {
  challenge: SecondFactorChallenge;
  onSignedIn: () => void;
  onStartOver: () => void;
}

export function SecondFactorForm({ challenge, onSignedIn, onStartOver }: SecondFactorFormProps) {
  const canUseTotp = challenge.methods.includes('totp');
  const [useRecovery, setUseRecovery] = useState(!canUseTotp);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const field = useRecovery ? 'recoveryCode' : 'totp';
  const label = useRecovery ? 'Recovery code' : 'Code from your app';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await completeSignIn({ ticket: challenge.ticket, [field]: code });
      await refreshSession();
      onSignedIn();
    } catch (error) {
      setErrors(formErrorsFrom(error, { [field]: label }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>Your password was right. One more step, because you turned on a second factor.</p>
      <TextField
        id="second-factor-code"
        label={label}
        hint={
          useRecovery
            ? 'One of the codes you saved when you set up your second factor.'
            : 'The 6 digits your authenticator app shows for Mend.'
        }
        autoComplete="one-time-code"
        value={code}
        onValue={setCode}
        error={errors.fields[field]}
        required
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Checking…">
        Continue
      </SubmitButton>
      <p>
        {canUseTotp && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCode('');
              setErrors(noErrors);
            }}
          >
            {useRecovery ? 'Use the code from my app' : 'Use a recovery code instead'}
          </button>
        )}{' '}
        <button type="button" class="link-button" onClick={onStartOver}>
          Start again
        </button>
      </p>
    </form>
  );
}
