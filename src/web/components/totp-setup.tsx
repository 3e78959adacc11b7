/**
 * Adding an authenticator app: the secret as a QR code, as a link that opens
 * the app on this phone, and as text to type; then the first code, which
 * turns it on. The secret lives only in this component and is gone after.
 */
import { useState } from 'preact/hooks';
import { secondFactorOperations } from '../../contract/operations/second-factor';
import { call } from '../api/client';
import type { TotpSetup } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { QrCode } from './qr-code';
import { withStepUp } from '../state/step-up';
import { FocusHeading } from './focus-heading';
import { FormMessage } from './form-message';
import { formatTime } from './instants';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useFocusFirstError } from './use-focus-first-error';

const LABELS = { code: 'The code' };

interface TotpSetupProps {
  setup: TotpSetup;
  onConfirmed: (recoveryCodes: string[] | null) => void;
  onCancel: () => void;
}

/** "JBSWY3DP…" in groups of four, easier to type without losing one's place. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TotpSetupCard({ setup, onConfirmed, onCancel }: TotpSetupProps) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const { recoveryCodes } = await withStepUp(() =>
        call(secondFactorOperations.confirmTotpSetup, { body: { code } }),
      );
      onConfirmed(recoveryCodes);
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="totp-setup-heading">
      <FocusHeading id="totp-setup-heading" focus>
        Add Mend to your authenticator app
      </FocusHeading>
      <ol class="steps">
        <li>
          <p>
            Open your authenticator app and add an account. Scan this code with it, or, on this
            phone, <a href={setup.uri}>open the app with this link</a>.
          </p>
          <QrCode text={setup.uri} label="QR code for your authenticator app" />
          <p class="field__hint">Or type this key into the app, with “time-based” chosen:</p>
          <p>
            <code class="secret">{grouped(setup.secret)}</code>
          </p>
        </li>
        <li>
          <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id="totp-code"
              label="The 6 digits your app shows now"
              hint={`Setting up works until ${formatTime(setup.expiresAt)}.`}
              autoComplete="one-time-code"
              value={code}
              onValue={setCode}
              error={errors.fields['code']}
              required
            />
            <FormMessage message={errors.general} />
            <div class="actions">
              <SubmitButton busy={busy} busyLabel="Checking…">
                Turn it on
              </SubmitButton>
              <button type="button" class="button" onClick={onCancel}>
                Not now
              </button>
            </div>
          </form>
        </li>
      </ol>
    </section>
  );
}
