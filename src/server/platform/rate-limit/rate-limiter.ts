/**
 * Fixed-window counters for throttling. In memory for one embedded node; in
 * Redis when REDIS_URL is set, so every app node shares the same counts.
 */
export interface RateLimitResult {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetInMs: number;
}

export interface RateLimiter {
  /** Counts one hit against `key` in a window of `windowMs`. */
  hit(key: string, windowMs: number): Promise<RateLimitResult>;
  /** Reads the current count without adding to it. */
  peek(key: string): Promise<RateLimitResult>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}
