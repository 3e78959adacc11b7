/**
 * Sign-in's second step, for members who turned on a second factor: the six
 * digits from their authenticator app, their passkey, or one of their
 * recovery codes.
 */
import { useState } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import type { SecondFactorChallenge } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { passkeyProblem, signWithPasskey } from '../api/passkeys';
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

type Way = 'totp' | 'passkey' | 'recovery';

export function SecondFactorForm({ challenge, onSignedIn, onStartOver }: SecondFactorFormProps) {
  const canUseTotp = challenge.methods.includes('totp');
  const canUsePasskey = challenge.methods.includes('passkey');
  const [way, setWay] = useState<Way>(canUseTotp ? 'totp' : canUsePasskey ? 'passkey' : 'recovery');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const field = way === 'recovery' ? 'recoveryCode' : 'totp';
  const label = way === 'recovery' ? 'Recovery code' : 'Code from your app';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      if (way === 'passkey') {
        const { options } = await call(accountOperations.startPasskeySignIn, {
          body: { ticket: challenge.ticket },
        });
        await call(accountOperations.completeSignIn, {
          body: { ticket: challenge.ticket, passkey: await signWithPasskey(options) },
        });
      } else {
        await call(accountOperations.completeSignIn, {
          body: { ticket: challenge.ticket, [field]: code },
        });
      }
      await refreshSession();
      onSignedIn();
    } catch (error) {
      const problem = passkeyProblem(error);
      setErrors(
        problem ? { fields: {}, general: problem } : formErrorsFrom(error, { [field]: label }),
      );
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: Way) => {
    setWay(next);
    setCode('');
    setErrors(noErrors);
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>Your password was right. One more step, because you turned on a second factor.</p>
      {way === 'passkey' ? (
        <p>Use the passkey on this device, or your security key.</p>
      ) : (
        <TextField
          id="second-factor-code"
          label={label}
          hint={
            way === 'recovery'
              ? 'One of the codes you saved when you set up your second factor.'
              : 'The 6 digits your authenticator app shows for Mend.'
          }
          autoComplete="one-time-code"
          value={code}
          onValue={setCode}
          error={errors.fields[field]}
          required
        />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton
        busy={busy}
        busyLabel={way === 'passkey' ? 'Waiting for your passkey…' : 'Checking…'}
      >
        {way === 'passkey' ? 'Use my passkey' : 'Continue'}
      </SubmitButton>
      <p>
        {canUseTotp && way !== 'totp' && (
          <button type="button" class="link-button" onClick={() => switchTo('totp')}>
            Use the code from my app
          </button>
        )}{' '}
        {canUsePasskey && way !== 'passkey' && (
          <button type="button" class="link-button" onClick={() => switchTo('passkey')}>
            Use my passkey instead
          </button>
        )}{' '}
        {way !== 'recovery' && (
          <button type="button" class="link-button" onClick={() => switchTo('recovery')}>
            Use a recovery code instead
          </button>
        )}{' '}
        <button type="button" class="link-button" onClick={onStartOver}>
          Start again
        </button>
      </p>
    </form>
  );
}
