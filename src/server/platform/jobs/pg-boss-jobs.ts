/**
 * `Jobs` (jobs.ts) on pg-boss, for the scale configuration (MEND_JOBS=pg-boss,
 * PostgreSQL only; docs/decisions/047). pg-boss keeps its tables in a schema of
 * its own (MEND_PGBOSS_SCHEMA, `pgboss` by default) and claims jobs with
 * `FOR UPDATE SKIP LOCKED`, so any number of app nodes share one queue.
 *
 * How our promises map onto it:
 * - One queue per kind with the `stately` policy and the subject as singleton
 *   key: at most one job per subject waits and one runs. Enqueueing replaces
 *   the waiting one (delete, then send), so a new run time wins; when two
 *   nodes enqueue at once, pg-boss's unique index keeps one.
 * - The run time is sent as a delay from the app's clock, not as an instant:
 *   the app's clock decides when (tests move it), the database only counts
 *   down, and a skew between the two clocks cannot shift a reminder.
 * - Retries: pg-boss's own, with exponential backoff.
 */
import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { EnqueueOptions, JobHandler, Jobs } from './jobs.js';

export interface PgBossJobsOptions {
  connectionString: string;
  /** pg-boss's own schema; tests give each suite its own. */
  schema: string;
  clock: Clock;
  log: FastifyBaseLogger;
  /** The first retry waits about this long, each later one twice as long. */
  retryDelaySeconds?: number;
  poolSize?: number;
}

interface JobData {
  subject: string;
}

const RETRY_LIMIT = 4;
const BATCH = 20;
const POLL_SECONDS = 2;

export async function pgBossJobs(options: PgBossJobsOptions): Promise<Jobs> {
  const { clock, log, schema } = options;
  // The schema name is spliced into our two SQL statements below.
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) throw new Error('invalid pg-boss schema name');
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema,
    max: options.poolSize ?? 4,
    // We schedule by run time, never by cron.
    schedule: false,
  });
  // An error event without a listener would end the process.
  boss.on('error', (error) => log.error({ err: error }, 'pg-boss error'));
  await boss.start();

  const handlers = new Map<string, JobHandler>();
  const queues = new Map<string, Promise<void>>();
  let running: Promise<number> | null = null;
  let started = false;
  let stopped = false;

  const queue = (kind: string) => {
    let ready = queues.get(kind);
    if (!ready) {
      ready = boss.createQueue(kind, {
        name: kind,
        policy: 'stately',
        retryLimit: RETRY_LIMIT,
        retryDelay: options.retryDelaySeconds ?? 1,
        retryBackoff: true,
      });
      queues.set(kind, ready);
    }
    return ready;
  };

  const sql = (text: string, values: unknown[]) => boss.getDb().executeSql(text, values);

  async function runJob(kind: string, job: PgBoss.Job<JobData>): Promise<void> {
    const handler = handlers.get(kind);
    if (!handler) throw new Error(`no handler for job kind ${kind}`);
    try {
      await handler(job.data.subject);
    } catch (error) {
      // The kind only: a subject is an id, but the error could quote anything.
      log.error({ err: error, job: kind }, 'job failed');
      throw error;
    }
  }

  async function runDueOnce(): Promise<number> {
    let ran = 0;
    for (const kind of handlers.keys()) {
      await queue(kind);
      const jobs = await boss.fetch<JobData>(kind, { batchSize: BATCH });
      for (const job of jobs) {
        try {
          await runJob(kind, job);
          await boss.complete(kind, job.id);
          ran += 1;
        } catch {
          await boss.fail(kind, job.id, { failed: true });
        }
      }
    }
    return ran;
  }

  return {
    register(kind, handler) {
      handlers.set(kind, handler);
    },

    async enqueue(kind, subject, enqueueOptions: EnqueueOptions = {}) {
      await queue(kind);
      await sql(
        `DELETE FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry')`,
        [kind, subject],
      );
      const delayMs = enqueueOptions.runAt
        ? enqueueOptions.runAt.getTime() - clock.now().getTime()
        : 0;
      await boss.send(
        kind,
        { subject },
        {
          singletonKey: subject,
          ...(delayMs > 0 ? { startAfter: delayMs / 1000 } : {}),
        },
      );
    },

    async cancel(kind, subject) {
      await queue(kind);
      await sql(
        `DELETE FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry')`,
        [kind, subject],
      );
    },

    async pending(kind, subject) {
      await queue(kind);
      const { rows } = await sql(
        `SELECT 1 FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active') LIMIT 1`,
        [kind, subject],
      );
      return rows.length > 0;
    },

    runDue() {
      running ??= runDueOnce().finally(() => {
        running = null;
      });
      return running;
    },

    async start() {
      if (started) return;
      started = true;
      for (const kind of handlers.keys()) {
        await queue(kind);
        // One job per batch, so a failure fails that job alone.
        await boss.work<JobData>(
          kind,
          { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS },
          async ([job]) => {
            if (job) await runJob(kind, job);
          },
        );
      }
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      started = false;
      await running?.catch(() => 0);
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
    },
  };
}
