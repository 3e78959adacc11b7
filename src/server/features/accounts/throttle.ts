/**
 * Throttles for account-security routes, on the shared rate limiter (memory or
 * Redis). Keys carry ids only, never an address in a log line.
 */
import { AppError } from '../../platform/http/problem.js';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js';

export function tooMany(resetInMs: number): AppError {
  return new AppError({
    code: 'too-many-attempts',
    title: 'Too many attempts. Please wait a little and try again.',
    retryAfter: Math.max(1, Math.ceil(resetInMs / 1000)),
  });
}

/** Counts one hit on `key`; more than `limit` in the window answers 429. */
export async function throttle(
  limiter: RateLimiter,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  const result = await limiter.hit(key, windowMs);
  if (result.count > limit) throw tooMany(result.resetInMs);
}

/** Answers 429 when `key` already reached `limit`, without counting. */
export async function refuseWhenBlocked(
  limiter: RateLimiter,
  keys: string[],
  limit: number,
): Promise<void> {
  const results = await Promise.all(keys.map((key) => limiter.peek(key)));
  const blocked = results.find((r) => r.count >= limit);
  if (blocked) throw tooMany(blocked.resetInMs);
}

/** Writes on account settings: generous for a person, tight for a script. */
export const SETTINGS_WRITE_LIMIT = 30;
export const SETTINGS_WRITE_WINDOW_MS = 15 * 60_000;
