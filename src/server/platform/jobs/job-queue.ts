/**
 * Background jobs over the `jobs` table (DESIGN.md §6, the embedded default
 * implementation of `Jobs`, jobs.ts): work that follows a write but should not
 * hold up its answer, such as recomputing a couple's forecast, and work due at
 * a given time, such as a member's next reminder.
 *
 * - `enqueue(kind, subject, { runAt })` is an upsert on (kind, subject): a
 *   burst of writes leaves one row, every enqueue bumps its version and sets
 *   its due time. The row is the job, so a job due while the server was down
 *   is simply due when it starts again, and runs once.
 * - A runner claims a due row by a conditional update of `locked_until`, so
 *   on several nodes (or two runners) a job runs once at a time.
 * - When the handler is done, the row is deleted only if its version is still
 *   the one claimed; a write that arrived meanwhile leaves it due again, so no
 *   new data is missed.
 * - A failing handler is retried with a growing delay, up to MAX_ATTEMPTS.
 *
 * Subjects are ids, never content. The in-process runner polls and is woken
 * by enqueue; tests call `runDue()` themselves.
 */
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import { prepared } from '../db/prepared.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { retryDelayMs, type JobHandler, type Jobs } from './jobs.js';

export type { JobHandler } from './jobs.js';
/** The name the forecast code knows the interface by. */
export type JobQueue = Jobs;

const POLL_MS = 2_000;
/** After an enqueue, the runner waits this long so a burst of writes is one run. */
const WAKE_MS = 150;
const LOCK_MS = 60_000;
const MAX_ATTEMPTS = 5;
const BATCH = 20;

// Every write the forecast depends on enqueues: built once (decision 054).
const upsertJob = prepared(['id', 'kind', 'subject', 'dueAt'], (db, p) =>
  db
    .insertInto('jobs')
    .values({
      id: p.id,
      kind: p.kind,
      subject: p.subject,
      dueAt: p.dueAt,
      version: 1,
      lockedUntil: null,
      attempts: 0,
    })
    .onConflict((oc) =>
      oc.columns(['kind', 'subject']).doUpdateSet((eb) => ({
        version: eb('jobs.version', '+', 1),
        dueAt: p.dueAt,
        attempts: 0,
      })),
    ),
);

export function jobQueue(options: { db: Kysely<DB>; clock: Clock; log: FastifyBaseLogger }): Jobs {
  const { db, clock, log } = options;
  const handlers = new Map<string, JobHandler>();
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let wake: NodeJS.Timeout | null = null;
  let started = false;

  async function runOne(row: { id: string; kind: string; subject: string; version: number }) {
    const now = clock.now();
    const claimed = await db
      .updateTable('jobs')
      .set({
        lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString(),
        attempts: (eb) => eb('attempts', '+', 1),
      })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .where((eb) =>
        eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now.toISOString())]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    const handler = handlers.get(row.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
      await handler(row.subject);
      // Kind and row id only; several nodes' logs together show each job ran once.
      log.info({ job: row.kind, jobId: row.id }, 'job done');
      await db
        .deleteFrom('jobs')
        .where('id', '=', row.id)
        .where('version', '=', row.version)
        .execute();
      // Written again while it ran: due again at once, with a fresh start.
      await db
        .updateTable('jobs')
        .set({ lockedUntil: null, attempts: 0 })
        .where('id', '=', row.id)
        .execute();
      return true;
    } catch (error) {
      // The kind and the subject's id only: a job's subject is never content.
      log.error({ err: error, job: row.kind }, 'job failed');
      const attempts = await db
        .selectFrom('jobs')
        .select('attempts')
        .where('id', '=', row.id)
        .executeTakeFirst();
      const tries = attempts?.attempts ?? MAX_ATTEMPTS;
      if (tries >= MAX_ATTEMPTS) {
        await db.deleteFrom('jobs').where('id', '=', row.id).execute();
      } else {
        const retryAt = new Date(clock.now().getTime() + retryDelayMs(tries)).toISOString();
        await db
          .updateTable('jobs')
          .set({ lockedUntil: null, dueAt: retryAt })
          .where('id', '=', row.id)
          .execute();
      }
      return false;
    }
  }

  async function runDueOnce(): Promise<number> {
    const now = clock.now().toISOString();
    const due = await db
      .selectFrom('jobs')
      .select(['id', 'kind', 'subject', 'version'])
      .where('dueAt', '<=', now)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now)]))
      .orderBy('dueAt')
      .limit(BATCH)
      .execute();
    let ran = 0;
    for (const row of due) if (await runOne(row)) ran += 1;
    return ran;
  }

  const runDue = (): Promise<number> => {
    running ??= runDueOnce().finally(() => {
      running = null;
    });
    return running;
  };

  const runInBackground = () => {
    runDue().catch((error: unknown) => log.error({ err: error }, 'job run failed'));
  };

  return {
    register(kind, handler) {
      handlers.set(kind, handler);
    },

    async enqueue(kind, subject, options = {}) {
      const now = clock.now();
      const dueAt = (options.runAt ?? now).toISOString();
      await upsertJob.run(db, { id: newId(now.getTime()), kind, subject, dueAt });
      const dueNow = !options.runAt || options.runAt.getTime() <= now.getTime();
      if (started && dueNow && !wake) {
        wake = setTimeout(() => {
          wake = null;
          runInBackground();
        }, WAKE_MS);
        wake.unref();
      }
    },

    async cancel(kind, subject) {
      await db.deleteFrom('jobs').where('kind', '=', kind).where('subject', '=', subject).execute();
    },

    async pending(kind, subject) {
      const row = await db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', kind)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row !== undefined;
    },

    runDue,

    start() {
      if (started) return Promise.resolve();
      started = true;
      timer = setInterval(runInBackground, POLL_MS);
      timer.unref();
      // What fell due while no runner was up runs now, not a poll later.
      runInBackground();
      return Promise.resolve();
    },

    async stop() {
      started = false;
      if (timer) clearInterval(timer);
      if (wake) clearTimeout(wake);
      timer = null;
      wake = null;
      await running?.catch(() => 0);
    },
  };
}
