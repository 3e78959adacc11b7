import type { Jobs } from '../../platform/jobs/jobs.js';
import { ANNOUNCE_JOB, type SubscriptionService } from './service.js';

/** The new-article mail runs as a job per article (its subject is the slug). */
export function registerAnnouncementJobs(jobs: Jobs, subscriptions: SubscriptionService): void {
  jobs.register(ANNOUNCE_JOB, async (slug) => {
    await subscriptions.announce(slug);
  });
}
