/** The reminder jobs: one handler per kind, the subject is the member id. */
import type { Jobs } from '../../platform/jobs/jobs.js';
import { REMINDER_JOB, REMINDER_KINDS, type ReminderService } from './service.js';

export function registerReminderJobs(jobs: Pick<Jobs, 'register'>, reminders: ReminderService) {
  for (const kind of REMINDER_KINDS) {
    jobs.register(REMINDER_JOB[kind], (memberId) => reminders.fire(kind, memberId));
  }
}
