import { Redis } from 'ioredis';
import type { RateLimiter, RateLimitResult } from './rate-limiter.js';

/** INCR + PEXPIRE in one MULTI: the window starts with the first hit. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'mend:rl:',
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  async hit(key: string, windowMs: number): Promise<RateLimitResult> {
    const full = this.prefix + key;
    const results = await this.redis
      .multi()
      .incr(full)
      .pexpire(full, windowMs, 'NX')
      .pttl(full)
      .exec();
    const count = Number(results?.[0]?.[1] ?? 1);
    const ttl = Number(results?.[2]?.[1] ?? windowMs);
    return { count, resetInMs: ttl > 0 ? ttl : windowMs };
  }

  async peek(key: string): Promise<RateLimitResult> {
    const full = this.prefix + key;
    const [count, ttl] = await Promise.all([this.redis.get(full), this.redis.pttl(full)]);
    return { count: Number(count ?? 0), resetInMs: ttl > 0 ? ttl : 0 };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
