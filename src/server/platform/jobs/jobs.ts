/**
 * The one interface features use for background work (DESIGN.md §6): the
 * forecast refresh after a write, a member's next reminder at their local time.
 * Two implementations keep the same promises, checked by one contract test
 * (jobs.contract.test.ts): the embedded default over the `jobs` table
 * (job-queue.ts) and pg-boss on PostgreSQL at scale (pg-boss-jobs.ts).
 *
 * The promises:
 * - One pending job per (kind, subject). Enqueueing again replaces its run
 *   time (a burst of writes is one refresh; a changed setting moves the
 *   reminder, it does not add a second one).
 * - A job runs once, even with several runners on the same store, at or after
 *   its run time, and a job that fell due while no runner was up runs once
 *   after one starts.
 * - A failing handler is retried later with a growing delay, a few times.
 * - Enqueueing the same job from inside its own handler (a reminder scheduling
 *   the next one) leaves that next job pending after the current one ends.
 *
 * Subjects are ids, never content: they are stored and may be logged.
 */

/** Runs one job. Throwing asks for a retry later. */
export type JobHandler = (subject: string) => Promise<void>;

export interface EnqueueOptions {
  /** When the job should run; now when omitted. */
  runAt?: Date;
}

export interface Jobs {
  /** Which handler runs jobs of a kind; call before start() or runDue(). */
  register(kind: string, handler: JobHandler): void;
  enqueue(kind: string, subject: string, options?: EnqueueOptions): Promise<void>;
  /** Drops the pending job of (kind, subject), if any; one running now finishes. */
  cancel(kind: string, subject: string): Promise<void>;
  /** Whether a job of (kind, subject) waits to run or is running. */
  pending(kind: string, subject: string): Promise<boolean>;
  /** Runs what is due now, then answers how many jobs ran to success. */
  runDue(): Promise<number>;
  /** Starts the in-process runner (idempotent). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Which implementation runs jobs (MEND_JOBS): see docs/decisions/047. */
export type JobsBackend = 'embedded' | 'pg-boss';

/** Retry delay before attempt n+1 (n ≥ 1): 2, 4, 8, 16 … seconds at the base of 1 s. */
export const retryDelayMs = (attempts: number, baseMs = 1_000) => 2 ** attempts * baseMs;
