/** The one source of "now", so tests can move time (invite expiry, day rollover). */
export interface Clock {
  now(): Date;
  /** Resolves after `ms`; on a test clock, time moves on instead of waiting. */
  wait(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  /** Every wait asked of this clock, so a test can see a slowdown happen. */
  readonly waits: number[] = [];

  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  wait(ms: number): Promise<void> {
    this.waits.push(ms);
    this.advance(ms);
    return Promise.resolve();
  }
  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
