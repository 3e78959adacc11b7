/**
 * The WebAuthn ceremonies, through @simplewebauthn/server. The relying party
 * is PUBLIC_URL: its hostname is the RP ID and its origin the only origin
 * accepted. Attestation is "none": we want a key, not a statement about the
 * device (asking for more would need vendor certificate lists and reveals the
 * device model). User verification is preferred but not required, because a
 * passkey here is the second factor beside the password, so presence is enough.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { PasskeyAssertion, PasskeyAttestation } from '../../../contract/second-factor.js';
import type { PasskeysTable } from '../../platform/db/schema.js';

export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

export function relyingPartyOf(publicUrl: string): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'Mend' };
}

/** How long the browser (and we) wait for the person to touch their key. */
export const CEREMONY_TIMEOUT_MS = 5 * 60_000;

const parseTransports = (text: string | null): string[] | undefined => {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((t): t is string => typeof t === 'string')
      : undefined;
  } catch {
    return undefined;
  }
};

const describe = (passkey: PasskeysTable) => ({
  id: passkey.credentialId,
  ...(passkey.transports ? { transports: parseTransports(passkey.transports) ?? [] } : {}),
});

/** The challenge the browser signed, read from clientDataJSON; null when unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    if (typeof data === 'object' && data !== null && 'challenge' in data) {
      const challenge = data.challenge;
      return typeof challenge === 'string' && challenge.length <= 512 ? challenge : null;
    }
    return null;
  } catch {
    return null;
  }
}

export function creationOptions(
  rp: RelyingParty,
  member: { id: string; email: string; displayName: string },
  existing: PasskeysTable[],
) {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: member.email,
    // The member id as the user handle: stable, so a device replaces its own
    // passkey for us instead of piling up, and it is no personal data.
    userID: new TextEncoder().encode(member.id),
    userDisplayName: member.displayName,
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map(describe),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
}

export function requestOptions(rp: RelyingParty, passkeys: PasskeysTable[]) {
  return generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: passkeys.map(describe),
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'preferred',
  });
}

export interface NewCredential {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[] | undefined;
}

/** Verifies a registration against `challenge`; null when it does not hold. */
export async function verifyAttestation(
  rp: RelyingParty,
  response: PasskeyAttestation,
  challenge: string,
): Promise<NewCredential | null> {
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
    if (!result.verified) return null;
    const { credential } = result.registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? response.response.transports,
    };
  } catch {
    return null;
  }
}

/** Verifies an assertion by `passkey` against `challenge`; the new counter, or null. */
export async function verifyAssertion(
  rp: RelyingParty,
  response: PasskeyAssertion,
  challenge: string,
  passkey: PasskeysTable,
): Promise<number | null> {
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
        counter: Number(passkey.counter),
        ...(passkey.transports ? { transports: parseTransports(passkey.transports) ?? [] } : {}),
      },
      requireUserVerification: false,
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
