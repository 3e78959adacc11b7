/**
 * Second factors: TOTP with recovery codes, and passkeys. Turning any of them
 * on or off, and new recovery codes, need a recent re-authentication on this
 * session (step-up). Sign-in and re-authentication (features/accounts) check
 * proofs through `verifyProof`.
 *
 * Nothing secret leaves except once: the TOTP secret at setup, and recovery
 * codes when they are made. Logs carry member ids and method names only.
 *
 * This is the one entry point; the use cases live beside it: `totp-setup.ts`,
 * `passkey-setup.ts` and `sign-in-proof.ts`, sharing `factor-kit.ts` and
 * `passkey-ceremony.ts`.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import type { Deps } from '../../platform/deps.js';
import { conflict } from '../../platform/http/problem.js';
import { factorKit } from './factor-kit.js';
import { passkeyCeremony } from './passkey-ceremony.js';
import { passkeySetup } from './passkey-setup.js';
import {
  countUnusedRecoveryCodes,
  findConfirmedTotp,
  listPasskeys,
  replaceRecoveryCodes,
} from './queries.js';
import { newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { signInProof } from './sign-in-proof.js';
import { totpSetup } from './totp-setup.js';

export function secondFactorService(deps: Deps) {
  const { db, clock, log } = deps;
  const kit = factorKit(deps);
  const ceremonies = passkeyCeremony(deps);
  const { methodsOf, settingsThrottle } = kit;

  return {
    methodsOf,

    async hasFactor(memberId: string): Promise<boolean> {
      return (await methodsOf(memberId)).length > 0;
    },

    ...signInProof(deps, kit, ceremonies),

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

    ...totpSetup(deps, kit),

    ...passkeySetup(deps, kit, ceremonies),

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
