/**
 * Who a failed sign-in counts against.
 *
 * A hard limit on the account alone lets anyone lock its owner out: ten wrong
 * passwords from anywhere, and the right one is refused for fifteen minutes (a
 * targeted lockout, which in an abusive relationship is a tool of control). So
 * the hard limits are per (account, address) and per address, and the account
 * as a whole only slows down: past ten failures from anywhere, every further
 * try on it waits a little longer, up to a few seconds, before the password is
 * checked. A right password from an address that has not failed still signs in.
 *
 * The second factor is different: only someone who knows the password can get
 * that far, so wrong codes keep a hard per-account limit. Unknown e-mails are
 * counted like real ones, so the answers cannot tell the two apart.
 */
import type { Clock } from '../../platform/clock.js';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js';
import { refuseWhenBlocked } from './throttle.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** The account-wide count past which each try waits, and how long at most. */
export const ACCOUNT_SLOWDOWN_AFTER = 10;
const SLOWDOWN_STEP_MS = 250;
export const ACCOUNT_SLOWDOWN_MAX_MS = 3_000;

/** How long a try waits when the account has `failures` in the window. */
export function accountSlowdownMs(failures: number): number {
  if (failures < ACCOUNT_SLOWDOWN_AFTER) return 0;
  const over = failures - ACCOUNT_SLOWDOWN_AFTER + 1;
  return Math.min(ACCOUNT_SLOWDOWN_MAX_MS, over * SLOWDOWN_STEP_MS);
}

export function signInThrottle(limiter: RateLimiter, clock: Clock) {
  const accountKey = (email: string) => `signin:acct:${email}`;
  const pairKey = (email: string, address: string) => `signin:pair:${email}:${address}`;
  const addressKey = (address: string) => `signin:addr:${address}`;
  const factorKey = (email: string) => `signin:factor:${email}`;
  const reauthKey = (memberId: string) => `reauth:${memberId}`;

  return {
    /** Before a password is checked: refuse blocked pairs and addresses, slow a busy account. */
    async beforePassword(email: string, address: string): Promise<void> {
      // Wrong second-factor codes block the password step too: only someone
      // who knew the password could have made them.
      await refuseWhenBlocked(
        limiter,
        [pairKey(email, address), addressKey(address), factorKey(email)],
        SIGN_IN_FAILURE_LIMIT,
      );
      const account = await limiter.peek(accountKey(email));
      const wait = accountSlowdownMs(account.count);
      if (wait > 0) await clock.wait(wait);
    },

    async passwordFailed(email: string, address: string): Promise<void> {
      await Promise.all([
        limiter.hit(pairKey(email, address), SIGN_IN_WINDOW_MS),
        limiter.hit(addressKey(address), SIGN_IN_WINDOW_MS),
        limiter.hit(accountKey(email), SIGN_IN_WINDOW_MS),
      ]);
    },

    /** Before a second-factor proof: the address and the member's wrong codes. */
    async beforeSecondFactor(email: string, address: string): Promise<void> {
      await refuseWhenBlocked(
        limiter,
        [addressKey(address), factorKey(email)],
        SIGN_IN_FAILURE_LIMIT,
      );
    },

    async secondFactorFailed(email: string, address: string): Promise<void> {
      await Promise.all([
        limiter.hit(addressKey(address), SIGN_IN_WINDOW_MS),
        limiter.hit(factorKey(email), SIGN_IN_WINDOW_MS),
      ]);
    },

    /**
     * A completed sign-in clears what this address did wrong on this account
     * and the wrong codes. The account-wide count runs out on its own: the
     * owner signing in must not reset the slowdown for someone else guessing.
     */
    async signedIn(email: string, address: string): Promise<void> {
      await Promise.all([limiter.reset(pairKey(email, address)), limiter.reset(factorKey(email))]);
    },

    /** Step-up happens inside a session, so only its holder can fail it: a hard limit. */
    async beforeReauthentication(memberId: string): Promise<void> {
      await refuseWhenBlocked(limiter, [reauthKey(memberId)], SIGN_IN_FAILURE_LIMIT);
    },

    async reauthenticationFailed(memberId: string): Promise<void> {
      await limiter.hit(reauthKey(memberId), SIGN_IN_WINDOW_MS);
    },

    async reauthenticated(memberId: string): Promise<void> {
      await limiter.reset(reauthKey(memberId));
    },
  };
}

export type SignInThrottle = ReturnType<typeof signInThrottle>;
