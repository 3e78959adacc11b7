/**
 * Second factors: TOTP with recovery codes, and passkeys. Turning any of them
 * on or off, and new recovery codes, need a recent re-authentication on this
 * session (step-up). Sign-in and re-authentication (features/accounts) check
 * proofs through `verifyProof`.
 *
 * Nothing secret leaves except once: the TOTP secret at setup, and recovery
 * codes when they are made. Logs carry member ids and method names only.
 */
import type { SecondFactorMethod, SecondFactorProof } from '../../../contract/second-factor.js';
import type { Actor } from '../../platform/auth/actor.js';
import { sessionDevice, deviceLabel } from '../../platform/auth/session-store.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import { hashToken } from '../../platform/auth/tokens.js';
import type { Deps } from '../../platform/deps.js';
import type { WebauthnChallengesTable } from '../../platform/db/schema.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { SETTINGS_WRITE_LIMIT, SETTINGS_WRITE_WINDOW_MS, throttle } from '../accounts/throttle.js';
import { insertNotice, type NoticeKind } from '../sessions/notices.js';
import {
  challengeOf,
  CEREMONY_TIMEOUT_MS,
  creationOptions,
  relyingPartyOf,
  requestOptions,
  verifyAssertion,
  verifyAttestation,
} from './passkeys.js';
import {
  claimTotpStep,
  confirmPendingTotp,
  consumeChallenge,
  consumeRecoveryCode,
  countUnusedRecoveryCodes,
  credentialIdTaken,
  deletePasskey,
  deleteRecoveryCodes,
  deleteTotp,
  findConfirmedTotp,
  findMemberForFactors,
  findPasskeyByCredential,
  findPendingTotp,
  insertChallenge,
  insertPasskeyWithinLimit,
  insertPendingTotp,
  listPasskeys,
  passkeyExists,
  recordPasskeyUse,
  replaceRecoveryCodes,
} from './queries.js';
import { newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';

/** A TOTP setup must be confirmed with a first code within this time. */
const TOTP_SETUP_TTL_MS = 15 * 60_000;
/** Wrong codes while confirming a setup, per member. */
const TOTP_CONFIRM_LIMIT = 10;
const MAX_PASSKEYS = 10;

export type Ceremony = { purpose: 'sign-in' | 'reauthenticate'; boundTo: string };

const secretBinding = (rowId: string, memberId: string) => ({ rowId, memberId });

export function secondFactorService(deps: Deps) {
  const { db, clock, config, limiter, cipher, log } = deps;
  const rp = relyingPartyOf(config.publicUrl);

  const settingsThrottle = (memberId: string) =>
    throttle(
      limiter,
      `second-factor:write:${memberId}`,
      SETTINGS_WRITE_LIMIT,
      SETTINGS_WRITE_WINDOW_MS,
    );

  async function member(memberId: string) {
    const row = await findMemberForFactors(db, memberId);
    if (!row) throw notFound();
    return row;
  }

  async function methodsOf(memberId: string): Promise<SecondFactorMethod[]> {
    const [totp, passkeys, codes] = await Promise.all([
      findConfirmedTotp(db, memberId),
      listPasskeys(db, memberId),
      countUnusedRecoveryCodes(db, memberId),
    ]);
    const methods: SecondFactorMethod[] = [];
    if (totp) methods.push('totp');
    if (passkeys.length > 0) methods.push('passkey');
    // Recovery codes stand in for a factor; without one they open nothing.
    if (methods.length > 0 && codes > 0) methods.push('recovery-code');
    return methods;
  }

  async function notice(actor: Actor, kind: NoticeKind): Promise<void> {
    await insertNotice(
      db,
      actor.memberId,
      kind,
      await sessionDevice(db, actor.memberId, actor.sessionId),
      clock.now(),
    );
  }

  /** New codes when the member has none left unused; null when they still hold some. */
  async function ensureRecoveryCodes(memberId: string): Promise<string[] | null> {
    if ((await countUnusedRecoveryCodes(db, memberId)) > 0) return null;
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await replaceRecoveryCodes(db, memberId, codes, clock.now());
    return codes;
  }

  /**
   * Turning off the last factor leaves the password alone, which then must meet
   * the single-factor rule (15 characters). We never keep the password, so the
   * flag set when it was chosen decides.
   */
  async function refuseLastFactorWithShortPassword(memberId: string): Promise<void> {
    const row = await member(memberId);
    if (row.passwordOkWithoutFactor !== 1) {
      throw conflict(
        'password-too-short-without-factor',
        'Choose a longer password first',
        'Without a second factor your password needs at least 15 characters. Change it, then turn the second factor off.',
      );
    }
  }

  async function afterLastFactorGone(memberId: string): Promise<void> {
    if ((await methodsOf(memberId)).length === 0) await deleteRecoveryCodes(db, memberId);
  }

  async function newChallenge(
    memberId: string,
    purpose: WebauthnChallengesTable['purpose'],
    boundTo: string,
    challenge: string,
  ): Promise<void> {
    const now = clock.now();
    await insertChallenge(
      db,
      {
        id: newId(now.getTime()),
        memberId,
        purpose,
        challengeHash: hashToken(challenge),
        boundTo,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + CEREMONY_TIMEOUT_MS).toISOString(),
      },
      now,
    );
  }

  /** The challenge inside a response, taken away if it is ours, live and unused. */
  async function takeChallenge(
    memberId: string,
    purpose: WebauthnChallengesTable['purpose'],
    boundTo: string,
    clientDataJSON: string,
  ): Promise<string | null> {
    const challenge = challengeOf(clientDataJSON);
    if (!challenge) return null;
    const taken = await consumeChallenge(
      db,
      { memberId, purpose, boundTo, challengeHash: hashToken(challenge) },
      clock.now(),
    );
    return taken ? challenge : null;
  }

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
    methodsOf,

    async hasFactor(memberId: string): Promise<boolean> {
      return (await methodsOf(memberId)).length > 0;
    },

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

    async status(actor: Actor) {
      const [totp, passkeys, recoveryCodesLeft, methods] = await Promise.all([
        findConfirmedTotp(db, actor.memberId),
        listPasskeys(db, actor.memberId),
        countUnusedRecoveryCodes(db, actor.memberId),
        methodsOf(actor.memberId),
      ]);
      return {
        methods,
        totp: { enabled: totp !== undefined, enabledAt: totp?.confirmedAt ?? null },
        passkeys: passkeys.map((p) => ({
          id: p.id,
          label: p.label,
          createdAt: p.createdAt,
          lastUsedAt: p.lastUsedAt,
        })),
        recoveryCodesLeft: methods.length > 0 ? recoveryCodesLeft : 0,
      };
    },

    async startTotpSetup(actor: Actor) {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await settingsThrottle(actor.memberId);
      const row = await member(actor.memberId);
      const secret = newTotpSecret();
      const id = newId(now.getTime());
      await insertPendingTotp(db, {
        id,
        memberId: actor.memberId,
        secret: cipher.encrypt(secret, secretBinding(id, actor.memberId)),
        createdAt: now.toISOString(),
        confirmedAt: null,
        lastUsedStep: null,
      });
      log.info({ memberId: actor.memberId, event: 'totp-setup-started' }, 'TOTP setup started');
      return {
        secret,
        uri: totpUri(secret, row.email),
        expiresAt: new Date(now.getTime() + TOTP_SETUP_TTL_MS).toISOString(),
      };
    },

    /** The first right code turns the pending TOTP on (replacing an older one). */
    async confirmTotp(actor: Actor, code: string) {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      const pending = await findPendingTotp(db, actor.memberId);
      if (!pending || now.getTime() - new Date(pending.createdAt).getTime() > TOTP_SETUP_TTL_MS) {
        throw conflict(
          'no-totp-setup',
          'There is no authenticator setup waiting',
          'Start the setup again.',
        );
      }
      await throttle(
        limiter,
        `totp:confirm:${actor.memberId}`,
        TOTP_CONFIRM_LIMIT,
        SETTINGS_WRITE_WINDOW_MS,
      );
      const secret = cipher.decrypt(pending.secret, secretBinding(pending.id, actor.memberId));
      const step = matchTotp(secret, code, now.getTime());
      if (step === null) {
        throw invalidField('code', 'is not the code your app shows right now');
      }
      const wasOn = (await methodsOf(actor.memberId)).length > 0;
      // The setup is used up by the one request that turns it on: a second
      // confirmation at the same moment finds nothing waiting, as it would
      // one after the other, and cannot replace the recovery codes just shown.
      const confirmed = await confirmPendingTotp(db, actor.memberId, pending.id, step, now);
      if (!confirmed) {
        throw conflict(
          'no-totp-setup',
          'There is no authenticator setup waiting',
          'Start the setup again.',
        );
      }
      const recoveryCodes = await ensureRecoveryCodes(actor.memberId);
      if (!wasOn) await notice(actor, 'second-factor-enabled');
      log.info(
        { memberId: actor.memberId, event: 'second-factor-enabled', method: 'totp' },
        'TOTP on',
      );
      return { recoveryCodes };
    },

    async disableTotp(actor: Actor): Promise<void> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await settingsThrottle(actor.memberId);
      const methods = await methodsOf(actor.memberId);
      if (methods.includes('totp') && !methods.includes('passkey')) {
        await refuseLastFactorWithShortPassword(actor.memberId);
      }
      const removed = await deleteTotp(db, actor.memberId);
      if (removed === 0) return;
      await afterLastFactorGone(actor.memberId);
      if (methods.includes('totp')) await notice(actor, 'second-factor-disabled');
      log.info(
        { memberId: actor.memberId, event: 'second-factor-disabled', method: 'totp' },
        'TOTP off',
      );
    },

    async passkeyCreationOptions(actor: Actor) {
      await requireRecentAuth(db, actor, clock.now());
      await settingsThrottle(actor.memberId);
      const [row, existing] = await Promise.all([
        member(actor.memberId),
        listPasskeys(db, actor.memberId),
      ]);
      if (existing.length >= MAX_PASSKEYS) {
        throw conflict('too-many-passkeys', `At most ${MAX_PASSKEYS} passkeys per account`);
      }
      const options = await creationOptions(rp, row, existing);
      await newChallenge(actor.memberId, 'register', actor.sessionId, options.challenge);
      return options;
    },

    async registerPasskey(
      actor: Actor,
      credential: Parameters<typeof verifyAttestation>[1],
      userAgent: string | undefined,
    ) {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await settingsThrottle(actor.memberId);
      const notVerified = () =>
        new AppError({
          code: 'passkey-not-verified',
          title: 'That passkey could not be verified',
          detail: 'Please try adding it again.',
        });
      const challenge = await takeChallenge(
        actor.memberId,
        'register',
        actor.sessionId,
        credential.response.clientDataJSON,
      );
      if (!challenge) throw notVerified();
      const verified = await verifyAttestation(rp, credential, challenge);
      if (!verified) throw notVerified();
      if (await credentialIdTaken(db, verified.credentialId)) {
        throw conflict('passkey-exists', 'This passkey is already registered');
      }
      const wasOn = (await methodsOf(actor.memberId)).length > 0;
      const passkey = {
        id: newId(now.getTime()),
        memberId: actor.memberId,
        credentialId: verified.credentialId,
        publicKey: verified.publicKey,
        counter: verified.counter,
        transports: verified.transports ? JSON.stringify(verified.transports.slice(0, 8)) : null,
        label: deviceLabel(userAgent),
        createdAt: now.toISOString(),
        lastUsedAt: null,
      };
      const tooMany = () =>
        conflict('too-many-passkeys', `At most ${MAX_PASSKEYS} passkeys per account`);
      try {
        // Counted again here, not only when the options were asked for:
        // several ceremonies may have been started while there was room.
        if (!(await insertPasskeyWithinLimit(db, passkey, MAX_PASSKEYS))) throw tooMany();
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (await credentialIdTaken(db, verified.credentialId)) {
          throw conflict('passkey-exists', 'This passkey is already registered');
        }
        throw error;
      }
      const recoveryCodes = await ensureRecoveryCodes(actor.memberId);
      if (!wasOn) await notice(actor, 'second-factor-enabled');
      log.info(
        {
          memberId: actor.memberId,
          passkeyId: passkey.id,
          event: 'second-factor-enabled',
          method: 'passkey',
        },
        'passkey added',
      );
      return {
        passkey: {
          id: passkey.id,
          label: passkey.label,
          createdAt: passkey.createdAt,
          lastUsedAt: null,
        },
        recoveryCodes,
      };
    },

    async deletePasskey(actor: Actor, passkeyId: string): Promise<void> {
      // Existence first, as "not found", so another member's id never reaches
      // the step-up answer and learns nothing.
      if (!(await passkeyExists(db, actor.memberId, passkeyId))) throw notFound();
      await requireRecentAuth(db, actor, clock.now());
      await settingsThrottle(actor.memberId);
      const [methods, passkeys] = await Promise.all([
        methodsOf(actor.memberId),
        listPasskeys(db, actor.memberId),
      ]);
      const last = passkeys.length === 1 && !methods.includes('totp');
      if (last) await refuseLastFactorWithShortPassword(actor.memberId);
      if (!(await deletePasskey(db, actor.memberId, passkeyId))) throw notFound();
      await afterLastFactorGone(actor.memberId);
      if (last) await notice(actor, 'second-factor-disabled');
      log.info(
        { memberId: actor.memberId, passkeyId, event: 'passkey-removed' },
        'passkey removed',
      );
    },

    async regenerateRecoveryCodes(actor: Actor): Promise<string[]> {
      await requireRecentAuth(db, actor, clock.now());
      await settingsThrottle(actor.memberId);
      if ((await methodsOf(actor.memberId)).length === 0) {
        throw conflict(
          'no-second-factor',
          'Turn on a second factor first',
          'Recovery codes stand in for a second factor.',
        );
      }
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      await replaceRecoveryCodes(db, actor.memberId, codes, clock.now());
      log.info(
        { memberId: actor.memberId, event: 'recovery-codes-renewed' },
        'recovery codes renewed',
      );
      return codes;
    },
  };
}

export type SecondFactorService = ReturnType<typeof secondFactorService>;
