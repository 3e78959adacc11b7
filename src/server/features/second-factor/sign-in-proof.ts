/**
 * Proof of a second factor at sign-in and re-authentication (features/accounts
 * asks through `verifyProof`): a TOTP code, a recovery code, or a passkey
 * assertion, each good once.
 */
import type { SecondFactorMethod, SecondFactorProof } from '../../../contract/second-factor.js';
import type { Deps } from '../../platform/deps.js';
import { conflict } from '../../platform/http/problem.js';
import { secretBinding, type FactorKit } from './factor-kit.js';
import type { PasskeyCeremony } from './passkey-ceremony.js';
import { requestOptions, verifyAssertion } from './passkeys.js';
import {
  claimTotpStep,
  consumeRecoveryCode,
  findConfirmedTotp,
  findPasskeyByCredential,
  listPasskeys,
  recordPasskeyUse,
} from './queries.js';
import { matchTotp } from './totp.js';

/** What a proof is for, and the sign-in ticket or session its passkey challenge is bound to. */
export type Ceremony = { purpose: 'sign-in' | 'reauthenticate'; boundTo: string };

export function signInProof(deps: Deps, kit: FactorKit, ceremonies: PasskeyCeremony) {
  const { db, clock, cipher } = deps;
  const { methodsOf } = kit;
  const { rp, newChallenge, takeChallenge } = ceremonies;

  async function verifyTotpCode(memberId: string, code: string): Promise<boolean> {
    const factor = await findConfirmedTotp(db, memberId);
    if (!factor) return false;
    const secret = cipher.decrypt(factor.secret, secretBinding(factor.id, memberId));
    const step = matchTotp(secret, code, clock.now().getTime());
    if (step === null) return false;
    // A code is good once: its step (or any earlier one) cannot be used again.
    return claimTotpStep(db, memberId, factor.id, step);
  }

  return {
    /**
     * Checks one proof for a member. Returns the method that passed, or null.
     * Recovery codes are used up; TOTP steps are claimed; passkey challenges
     * are consumed, so no proof works twice.
     */
    async verifyProof(
      memberId: string,
      proof: SecondFactorProof,
      ceremony: Ceremony,
    ): Promise<SecondFactorMethod | null> {
      if (proof.totp !== undefined) {
        return (await verifyTotpCode(memberId, proof.totp)) ? 'totp' : null;
      }
      if (proof.recoveryCode !== undefined) {
        // Codes only count while a factor is on (they are deleted with the last one).
        if ((await methodsOf(memberId)).length === 0) return null;
        const used = await consumeRecoveryCode(db, memberId, proof.recoveryCode, clock.now());
        return used ? 'recovery-code' : null;
      }
      if (proof.passkey !== undefined) {
        const assertion = proof.passkey;
        const passkey = await findPasskeyByCredential(db, memberId, assertion.id);
        if (!passkey) return null;
        const challenge = await takeChallenge(
          memberId,
          ceremony.purpose,
          ceremony.boundTo,
          assertion.response.clientDataJSON,
        );
        if (!challenge) return null;
        const counter = await verifyAssertion(rp, assertion, challenge, passkey);
        if (counter === null) return null;
        await recordPasskeyUse(db, memberId, passkey.id, counter, clock.now());
        return 'passkey';
      }
      return null;
    },

    /** Options for `navigator.credentials.get()`, bound to a sign-in ticket or a session. */
    async passkeyRequestOptions(memberId: string, ceremony: Ceremony) {
      const passkeys = await listPasskeys(db, memberId);
      if (passkeys.length === 0) {
        throw conflict('no-passkey', 'There is no passkey on this account');
      }
      const options = await requestOptions(rp, passkeys);
      await newChallenge(memberId, ceremony.purpose, ceremony.boundTo, options.challenge);
      return options;
    },
  };
}
