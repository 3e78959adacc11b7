/**
 * What the second-factor use cases share: which methods a member has, the
 * settings throttle, the notice of a change, recovery codes, and the rule for
 * turning off the last factor.
 */
import type { SecondFactorMethod } from '../../../contract/second-factor.js';
import type { Actor } from '../../platform/auth/actor.js';
import { sessionDevice } from '../../platform/auth/session-store.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/http/problem.js';
import { SETTINGS_WRITE_LIMIT, SETTINGS_WRITE_WINDOW_MS, throttle } from '../accounts/throttle.js';
import { insertNotice, type NoticeKind } from '../sessions/notices.js';
import {
  countUnusedRecoveryCodes,
  deleteRecoveryCodes,
  findConfirmedTotp,
  findMemberForFactors,
  listPasskeys,
  replaceRecoveryCodes,
} from './queries.js';
import { newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';

/** A TOTP secret is bound to its row and its member. */
export const secretBinding = (rowId: string, memberId: string) => ({ rowId, memberId });

export function factorKit(deps: Deps) {
  const { db, clock, limiter } = deps;

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

  return {
    settingsThrottle,
    member,
    methodsOf,
    notice,
    ensureRecoveryCodes,
    refuseLastFactorWithShortPassword,
    afterLastFactorGone,
  };
}

export type FactorKit = ReturnType<typeof factorKit>;
