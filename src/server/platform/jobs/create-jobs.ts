/**
 * The `Jobs` the configuration asks for (MEND_JOBS): the jobs table by
 * default, pg-boss at scale. Both take the app's clock.
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
    return pgBossJobs({
      connectionString: config.databaseUrl,
      schema: config.pgBossSchema,
      clock: deps.clock,
      log: deps.log,
    });
  }
  return jobQueue({ db: deps.db, clock: deps.clock, log: deps.log });
}
