/**
 * Passkeys as a second factor: added (at most ten per account) and removed.
 * Both need a recent re-authentication on this session.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { deviceLabel } from '../../platform/auth/session-store.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import type { FactorKit } from './factor-kit.js';
import type { PasskeyCeremony } from './passkey-ceremony.js';
import { creationOptions, verifyAttestation } from './passkeys.js';
import {
  credentialIdTaken,
  deletePasskey,
  insertPasskeyWithinLimit,
  listPasskeys,
  passkeyExists,
} from './queries.js';

const MAX_PASSKEYS = 10;

export function passkeySetup(deps: Deps, kit: FactorKit, ceremonies: PasskeyCeremony) {
  const { db, clock, log } = deps;
  const {
    settingsThrottle,
    member,
    methodsOf,
    notice,
    ensureRecoveryCodes,
    refuseLastFactorWithShortPassword,
    afterLastFactorGone,
  } = kit;
  const { rp, newChallenge, takeChallenge } = ceremonies;

  return {
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
  };
}
