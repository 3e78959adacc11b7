/**
 * Passkeys in the browser, through @simplewebauthn/browser. The library is
 * loaded only when someone uses a passkey, so no screen carries it otherwise.
 */
import type {
  PasskeyAssertionJson,
  PasskeyAttestationJson,
  PasskeyCreationOptionsJson,
  PasskeyRequestOptionsJson,
} from './types';

const library = () => import('@simplewebauthn/browser');

export async function passkeysWork(): Promise<boolean> {
  try {
    return (await library()).browserSupportsWebAuthn();
  } catch {
    return false;
  }
}

/** Asks the device to sign the server's challenge with a passkey. */
export async function signWithPasskey(
  options: PasskeyRequestOptionsJson,
): Promise<PasskeyAssertionJson> {
  const { startAuthentication } = await library();
  const answer = await startAuthentication({
    optionsJSON: options as Parameters<typeof startAuthentication>[0]['optionsJSON'],
  });
  return answer as PasskeyAssertionJson;
}

/** Asks the device to make a new passkey for Mend. */
export async function makePasskey(
  options: PasskeyCreationOptionsJson,
): Promise<PasskeyAttestationJson> {
  const { startRegistration } = await library();
  const answer = await startRegistration({
    optionsJSON: options as Parameters<typeof startRegistration>[0]['optionsJSON'],
  });
  return answer as PasskeyAttestationJson;
}

/** What to say when the device did not give a passkey (closed, timed out, not there). */
export function passkeyProblem(error: unknown): string | null {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ApiError' || name === 'OfflineError' || name === 'StepUpCancelled') return null;
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return 'The passkey was not used. Nothing was changed; you can try again.';
  }
  if (name === 'InvalidStateError') return 'This device already has a passkey for Mend.';
  return 'This device could not use a passkey here. Nothing was changed.';
}
