/**
 * Both rate limiters keep the same contract; the Redis one runs against the
 * machine's real Redis when TEST_REDIS_URL is set (CI sets it).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory-rate-limiter.js';
import type { RateLimiter } from './rate-limiter.js';
import { RedisRateLimiter } from './redis-rate-limiter.js';

function contract(name: string, make: () => RateLimiter) {
  describe(name, () => {
    const limiter = make();
    afterAll(() => limiter.close());
    const key = () => `test:${randomBytes(6).toString('hex')}`;

    it('counts hits within a window and tells when it resets', async () => {
      const k = key();
      expect((await limiter.hit(k, 60_000)).count).toBe(1);
      expect((await limiter.hit(k, 60_000)).count).toBe(2);
      const peek = await limiter.peek(k);
      expect(peek.count).toBe(2);
      expect(peek.resetInMs).toBeGreaterThan(0);
      expect(peek.resetInMs).toBeLessThanOrEqual(60_000);
    });

    it('starts again after reset, and peeks zero for an unknown key', async () => {
      const k = key();
      await limiter.hit(k, 60_000);
      await limiter.reset(k);
      expect((await limiter.peek(k)).count).toBe(0);
      expect((await limiter.hit(k, 60_000)).count).toBe(1);
    });

    it('forgets a window once it has passed', async () => {
      const k = key();
      await limiter.hit(k, 50);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await limiter.hit(k, 50)).count).toBe(1);
    });
  });
}

contract('memory rate limiter', () => new MemoryRateLimiter());
if (process.env.TEST_REDIS_URL) {
  const url = process.env.TEST_REDIS_URL;
  contract(
    'redis rate limiter',
    () => new RedisRateLimiter(url, `mend-test-${randomBytes(4).toString('hex')}:`),
  );
}
