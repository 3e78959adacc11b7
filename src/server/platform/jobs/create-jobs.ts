/**
 * The `Jobs` the configuration asks for (MEND_JOBS): the jobs table by
 * default, pg-boss at scale. Both take the app's clock.
 *
 * Switching an installation to pg-boss carries over what waits in the jobs
 * table (a member's next reminder, say), each at its own time, so nothing is
 * dropped by the switch. Two nodes starting at once both carry a row over;
 * pg-boss keeps one job per subject, so that is harmless.
 */
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { jobQueue } from './job-queue.js';
import type { Jobs } from './jobs.js';
import { pgBossJobs } from './pg-boss-jobs.js';

export async function createJobs(
  config: Pick<Config, 'jobs' | 'pgBossSchema' | 'databaseUrl'>,
  deps: Pick<Deps, 'db' | 'clock' | 'log'>,
): Promise<Jobs> {
  if (config.jobs === 'pg-boss') {
    const jobs = await pgBossJobs({
      connectionString: config.databaseUrl,
      schema: config.pgBossSchema,
      clock: deps.clock,
      log: deps.log,
    });
    const waiting = await deps.db.selectFrom('jobs').selectAll().execute();
    for (const row of waiting) {
      await jobs.enqueue(row.kind, row.subject, { runAt: new Date(row.dueAt) });
      await deps.db.deleteFrom('jobs').where('id', '=', row.id).execute();
    }
    return jobs;
  }
  return jobQueue({ db: deps.db, clock: deps.clock, log: deps.log });
}
