/**
 * TOTP as a second factor: set up (the secret shown once, confirmed with a
 * first code within 15 minutes) and turned off. Both need a recent
 * re-authentication on this session.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, invalidField } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { SETTINGS_WRITE_WINDOW_MS, throttle } from '../accounts/throttle.js';
import { secretBinding, type FactorKit } from './factor-kit.js';
import { confirmPendingTotp, deleteTotp, findPendingTotp, insertPendingTotp } from './queries.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';

/** A TOTP setup must be confirmed with a first code within this time. */
const TOTP_SETUP_TTL_MS = 15 * 60_000;
/** Wrong codes while confirming a setup, per member. */
const TOTP_CONFIRM_LIMIT = 10;

export function totpSetup(deps: Deps, kit: FactorKit) {
  const { db, clock, limiter, cipher, log } = deps;
  const {
    settingsThrottle,
    member,
    methodsOf,
    notice,
    ensureRecoveryCodes,
    refuseLastFactorWithShortPassword,
    afterLastFactorGone,
  } = kit;

  return {
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
  };
}
