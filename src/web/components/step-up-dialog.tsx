/**
 * "Please confirm it is you": the password again, and the second factor when
 * one is on, before a sensitive change. It opens over whatever screen asked
 * (see state/step-up.ts), and closing it changes nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { secondFactorOperations } from '../../contract/operations/second-factor';
import { call, isProblem } from '../api/client';
import type { ReauthenticateInput } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { passkeyProblem, signWithPasskey } from '../api/passkeys';
import { settleStepUp, stepUpRequest } from '../state/step-up';
import { useStore } from '../state/store';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFocusFirstError } from './use-focus-first-error';

type Proof = 'none' | 'totp' | 'recovery-code' | 'passkey';

const LABELS = {
  password: 'Password',
  totp: 'Code from your app',
  recoveryCode: 'Recovery code',
};

export function StepUpDialog() {
  const request = useStore(stepUpRequest);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={dialogRef}
      class="dialog"
      aria-labelledby="step-up-heading"
      // Escape, or closing for any other reason, cancels what was asked.
      onClose={() => settleStepUp('cancelled')}
    >
      {request && <StepUpForm key={request.serial} />}
    </dialog>
  );
}

function StepUpForm() {
  const [methods, setMethods] = useState<string[] | null>(null);
  const [proof, setProof] = useState<Proof>('none');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const learnMethods = async () => {
    try {
      const { methods: found } = await call(secondFactorOperations.getSecondFactors);
      setMethods(found);
      setProof((current) => {
        if (current !== 'none' && found.includes(current)) return current;
        if (found.includes('totp')) return 'totp';
        if (found.includes('passkey')) return 'passkey';
        if (found.includes('recovery-code')) return 'recovery-code';
        return 'none';
      });
    } catch {
      // Unknown for now: the server says so if a second factor is needed.
      setMethods([]);
    }
  };

  useEffect(() => {
    void learnMethods();
  }, []);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const input: ReauthenticateInput = { password };
      if (proof === 'totp') input.totp = code;
      if (proof === 'recovery-code') input.recoveryCode = code;
      if (proof === 'passkey') {
        const { options } = await call(accountOperations.startPasskeyReauthentication);
        input.passkey = await signWithPasskey(options);
      }
      await call(accountOperations.reauthenticate, { body: input });
      setPassword('');
      setCode('');
      settleStepUp('confirmed');
    } catch (error) {
      const problem = passkeyProblem(error);
      if (problem) {
        setErrors({ fields: {}, general: problem });
      } else {
        const found = formErrorsFrom(error, LABELS);
        setErrors(found);
        // A second factor was turned on elsewhere meanwhile: ask for it now.
        if (isProblem(error, 'second-factor-required')) {
          await learnMethods();
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: Proof) => {
    setProof(next);
    setCode('');
    setErrors(noErrors);
  };
  const has = (method: string) => methods?.includes(method) ?? false;
  const codeField = proof === 'totp' ? 'totp' : 'recoveryCode';

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <div>
        <h2 id="step-up-heading">Please confirm it is you</h2>
        <p class="field__hint">
          Before this change, Mend asks for your password again, so that nobody else holding this
          device can make it.
        </p>
      </div>
      <TextField
        id="step-up-password"
        label={LABELS.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onValue={setPassword}
        error={errors.fields['password']}
        required
      />
      {(proof === 'totp' || proof === 'recovery-code') && (
        <TextField
          id="step-up-code"
          label={proof === 'totp' ? LABELS.totp : LABELS.recoveryCode}
          hint={
            proof === 'totp'
              ? 'The 6 digits your authenticator app shows for Mend.'
              : 'One of the codes you saved when you set up your second factor.'
          }
          autoComplete="one-time-code"
          value={code}
          onValue={setCode}
          error={errors.fields[codeField]}
          required
        />
      )}
      {proof === 'passkey' && (
        <p class="field__hint">After your password, your device asks for your passkey.</p>
      )}
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel="Checking…">
          {proof === 'passkey' ? 'Confirm with my passkey' : 'Confirm'}
        </SubmitButton>
        <button type="button" class="button" onClick={() => settleStepUp('cancelled')}>
          Cancel
        </button>
      </div>
      {methods && methods.length > 1 && (
        <p>
          {proof !== 'totp' && has('totp') && (
            <button type="button" class="link-button" onClick={() => switchTo('totp')}>
              Use the code from my app
            </button>
          )}{' '}
          {proof !== 'passkey' && has('passkey') && (
            <button type="button" class="link-button" onClick={() => switchTo('passkey')}>
              Use my passkey
            </button>
          )}{' '}
          {proof !== 'recovery-code' && has('recovery-code') && (
            <button type="button" class="link-button" onClick={() => switchTo('recovery-code')}>
              Use a recovery code
            </button>
          )}
        </p>
      )}
    </form>
  );
}
