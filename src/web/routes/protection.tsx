/**
 * Sign-in protection: a second factor beside the password. An authenticator
 * app (with a QR code), passkeys, and recovery codes, each shown once. Every
 * change asks for the password again first (step-up).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProblemCode } from '../../contract/problems';
import { secondFactorOperations } from '../../contract/operations/second-factor';
import { ApiError, call } from '../api/client';
import type { Passkey, SecondFactorStatus, TotpSetup } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { makePasskey, passkeyProblem, passkeysWork } from '../api/passkeys';
import { FormMessage } from '../components/form-message';
import { formatDate, formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { RecoveryCodes } from '../components/recovery-codes';
import { TotpSetupCard } from '../components/totp-setup';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { withStepUp } from '../state/step-up';
import {
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_LENGTH_SINGLE_FACTOR,
} from '../../domain/password-policy';

/** A problem that needs a longer password first gets a way there, beside the message. */
function ProblemMessage({ problem }: { problem: Problem }) {
  if (!problem) return null;
  return (
    <div class="form-message" role="alert">
      <p>{problem.message}</p>
      {problem.code === 'password-too-short-without-factor' && (
        <p>
          <Link href="/settings/account">Change your password</Link>
        </p>
      )}
    </div>
  );
}

type Problem = { message: string; code: ProblemCode | 'unknown' | null } | null;

const problemFrom = (failure: unknown): Problem => {
  const message = passkeyProblem(failure) ?? formErrorsFrom(failure, {}).general;
  if (!message) return null;
  return { message, code: failure instanceof ApiError ? failure.code : null };
};

export function ProtectionPage() {
  const [status, setStatus] = useState<SecondFactorStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  const load = async () => {
    try {
      setStatus(await call(secondFactorOperations.getSecondFactors));
    } catch (failure) {
      setLoadError(formErrorsFrom(failure, {}).general);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const showCodes = (next: string[] | null) => {
    if (next) setCodes(next);
  };

  return (
    <Page title="Sign-in protection">
      <p class="lead">
        Something more than your password when you sign in: a code from an app on your phone, or a
        passkey on your device. Your account stays yours even if someone learns your password.
      </p>
      <FormMessage message={loadError} />
      {!status && !loadError && <p aria-busy="true">Opening your sign-in protection…</p>}
      {codes && (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            announce('Your recovery codes are put away. Mend will not show them again.');
          }}
        />
      )}
      {status && !codes && (
        <>
          <AuthenticatorCard status={status} onChanged={load} onCodes={showCodes} />
          <PasskeysCard passkeys={status.passkeys} onChanged={load} onCodes={showCodes} />
          {status.methods.length > 0 && (
            <RecoveryCard left={status.recoveryCodesLeft} onCodes={showCodes} />
          )}
          <p class="field__hint">
            With a second factor on, a password of {PASSWORD_MIN_LENGTH} characters is enough;
            without one, it needs {PASSWORD_MIN_LENGTH_SINGLE_FACTOR}.
          </p>
        </>
      )}
      <p>
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}

interface CardProps {
  onChanged: () => Promise<void>;
  onCodes: (codes: string[] | null) => void;
}

function AuthenticatorCard({
  status,
  onChanged,
  onCodes,
}: CardProps & { status: SecondFactorStatus }) {
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setSetup(await withStepUp(() => call(secondFactorOperations.startTotpSetup)));
    } catch (failure) {
      setProblem(problemFrom(failure));
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await withStepUp(() => call(secondFactorOperations.disableTotp));
      await onChanged();
      announce('The authenticator app is turned off for Mend.');
    } catch (failure) {
      setProblem(problemFrom(failure));
    } finally {
      setBusy(false);
    }
  };

  if (setup) {
    return (
      <TotpSetupCard
        setup={setup}
        onCancel={() => setSetup(null)}
        onConfirmed={(codes) => {
          setSetup(null);
          void onChanged();
          onCodes(codes);
          announce('Your authenticator app is on. Mend asks for its code when you sign in.');
        }}
      />
    );
  }

  return (
    <section class="card" aria-labelledby="totp-heading">
      <h2 id="totp-heading">Authenticator app</h2>
      {status.totp.enabled ? (
        <>
          <p>
            <span class="tag">On</span>{' '}
            {status.totp.enabledAt ? `Since ${formatDate(status.totp.enabledAt)}.` : null} When you
            sign in, Mend asks for the 6 digits your app shows.
          </p>
          <ProblemMessage problem={problem} />
          <button
            type="button"
            class="button"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void turnOff()}
          >
            {busy ? 'Turning off…' : 'Turn off the authenticator app'}
          </button>
        </>
      ) : (
        <>
          <p>
            An app such as a password manager or an authenticator shows a new 6-digit code every 30
            seconds. Mend asks for it when you sign in.
          </p>
          <ProblemMessage problem={problem} />
          <button
            type="button"
            class="button button--primary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void start()}
          >
            {busy ? 'Starting…' : 'Set up an authenticator app'}
          </button>
        </>
      )}
    </section>
  );
}

function PasskeysCard({ passkeys, onChanged, onCodes }: CardProps & { passkeys: Passkey[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const [supported, setSupported] = useState<boolean | null>(null);

  useEffect(() => {
    void passkeysWork().then(setSupported);
  }, []);

  const add = async () => {
    if (busy) return;
    setBusy('add');
    setProblem(null);
    try {
      const { options } = await withStepUp(() =>
        call(secondFactorOperations.startPasskeyRegistration),
      );
      const credential = await makePasskey(options);
      const { recoveryCodes } = await call(secondFactorOperations.registerPasskey, {
        body: { credential },
      });
      await onChanged();
      onCodes(recoveryCodes);
      announce('Your passkey is added. Mend asks for it when you sign in.');
    } catch (failure) {
      setProblem(problemFrom(failure));
    } finally {
      setBusy(null);
    }
  };

  const remove = async (passkey: Passkey) => {
    if (busy) return;
    setBusy(passkey.id);
    setProblem(null);
    try {
      await withStepUp(() =>
        call(secondFactorOperations.deletePasskey, { params: { passkeyId: passkey.id } }),
      );
      await onChanged();
      announce(`The passkey from ${passkey.label} is removed.`);
    } catch (failure) {
      setProblem(problemFrom(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="card" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>
        A passkey lives on your phone, computer or security key, unlocked with your fingerprint,
        face or PIN. Nothing to type, and nothing anyone can trick out of you.
      </p>
      {passkeys.length > 0 && (
        <ul class="item-list" aria-label="Your passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} class="item">
              <h3 class="item__title">Passkey from {passkey.label}</h3>
              <dl class="facts">
                <div>
                  <dt>Added</dt>
                  <dd>{formatDate(passkey.createdAt)}</dd>
                </div>
                <div>
                  <dt>Last used</dt>
                  <dd>{passkey.lastUsedAt ? formatInstant(passkey.lastUsedAt) : 'Not yet'}</dd>
                </div>
              </dl>
              <button
                type="button"
                class="button"
                aria-disabled={busy ? 'true' : undefined}
                onClick={() => void remove(passkey)}
              >
                {busy === passkey.id ? 'Removing…' : 'Remove this passkey'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ProblemMessage problem={problem} />
      {supported === false ? (
        <p class="field__hint">This browser cannot make passkeys. Another device may.</p>
      ) : (
        <button
          type="button"
          class={passkeys.length > 0 ? 'button' : 'button button--primary'}
          aria-disabled={busy || supported === null ? 'true' : undefined}
          onClick={() => void add()}
        >
          {busy === 'add' ? 'Waiting for your device…' : 'Add a passkey'}
        </button>
      )}
    </section>
  );
}

function RecoveryCard({ left, onCodes }: { left: number; onCodes: (codes: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const renew = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { recoveryCodes } = await withStepUp(() =>
        call(secondFactorOperations.regenerateRecoveryCodes),
      );
      onCodes(recoveryCodes);
    } catch (failure) {
      setProblem(problemFrom(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Recovery codes</h2>
      <p>
        {left === 1 ? 'One recovery code is left' : `${left} recovery codes are left`}. Each lets
        you sign in once without your phone or passkey. New codes replace all the old ones.
      </p>
      <ProblemMessage problem={problem} />
      <button
        type="button"
        class="button"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void renew()}
      >
        {busy ? 'Making new codes…' : 'Make new recovery codes'}
      </button>
    </section>
  );
}
