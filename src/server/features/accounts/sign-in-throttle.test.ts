/**
 * The sign-in throttle on both rate limiters (Redis when TEST_REDIS_URL is
 * set, as in CI): the hard limits are per (account, address) and per address,
 * and the account as a whole only slows down.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { MemoryRateLimiter } from '../../platform/rate-limit/memory-rate-limiter.js';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js';
import { RedisRateLimiter } from '../../platform/rate-limit/redis-rate-limiter.js';
import { AppError } from '../../platform/http/problem.js';
import {
  ACCOUNT_SLOWDOWN_MAX_MS,
  SIGN_IN_FAILURE_LIMIT,
  accountSlowdownMs,
  signInThrottle,
} from './sign-in-throttle.js';

describe('accountSlowdownMs', () => {
  it('is zero below the limit, then grows and stops at the ceiling', () => {
    expect(accountSlowdownMs(0)).toBe(0);
    expect(accountSlowdownMs(SIGN_IN_FAILURE_LIMIT - 1)).toBe(0);
    expect(accountSlowdownMs(SIGN_IN_FAILURE_LIMIT)).toBeGreaterThan(0);
    let previous = 0;
    for (let failures = SIGN_IN_FAILURE_LIMIT; failures < 200; failures += 1) {
      const wait = accountSlowdownMs(failures);
      expect(wait).toBeGreaterThanOrEqual(previous);
      expect(wait).toBeLessThanOrEqual(ACCOUNT_SLOWDOWN_MAX_MS);
      previous = wait;
    }
    expect(previous).toBe(ACCOUNT_SLOWDOWN_MAX_MS);
  });
});

async function refusal(promise: Promise<void>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

function onLimiter(name: string, make: () => RateLimiter) {
  describe(`sign-in throttle on ${name}`, () => {
    const limiter = make();
    afterAll(() => limiter.close());
    const fresh = () => `${randomBytes(6).toString('hex')}@example.test`;

    it('never blocks the account from an address that has not failed', async () => {
      const clock = new ManualClock(new Date('2026-12-03T12:00:00Z'));
      const throttle = signInThrottle(limiter, clock);
      const email = fresh();
      for (let i = 0; i < 30; i += 1) {
        await throttle.beforePassword(email, `198.51.100.${i}`);
        await throttle.passwordFailed(email, `198.51.100.${i}`);
      }
      expect(await refusal(throttle.beforePassword(email, '203.0.113.9'))).toBeUndefined();
      expect(clock.waits.at(-1)).toBe(ACCOUNT_SLOWDOWN_MAX_MS);
    });

    it('blocks an address that failed ten times, on that account or across accounts', async () => {
      const clock = new ManualClock(new Date('2026-12-03T12:00:00Z'));
      const throttle = signInThrottle(limiter, clock);
      const email = fresh();
      const address = `192.0.2.${randomBytes(1)[0]}`;
      for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i += 1)
        await throttle.passwordFailed(email, address);
      expect(await refusal(throttle.beforePassword(email, address))).toBe('too-many-attempts');
      expect(await refusal(throttle.beforePassword(fresh(), address))).toBe('too-many-attempts');
      await limiter.reset(`signin:addr:${address}`);
      expect(await refusal(throttle.beforePassword(fresh(), address))).toBeUndefined();
      expect(await refusal(throttle.beforePassword(email, address))).toBe('too-many-attempts');
    });

    it('blocks the second factor, and the password step, after ten wrong codes', async () => {
      const throttle = signInThrottle(limiter, new ManualClock(new Date()));
      const email = fresh();
      for (let i = 0; i < SIGN_IN_FAILURE_LIMIT; i += 1) {
        await throttle.secondFactorFailed(email, `198.51.100.${i}`);
      }
      expect(await refusal(throttle.beforeSecondFactor(email, '203.0.113.1'))).toBe(
        'too-many-attempts',
      );
      expect(await refusal(throttle.beforePassword(email, '203.0.113.1'))).toBe(
        'too-many-attempts',
      );
    });
  });
}

onLimiter('memory', () => new MemoryRateLimiter());
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl)
  onLimiter(
    'Redis',
    () => new RedisRateLimiter(redisUrl, `mend:test:${randomBytes(4).toString('hex')}:`),
  );
