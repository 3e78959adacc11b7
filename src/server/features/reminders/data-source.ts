/**
 * Reminders in "your data": the member's settings, quiet hours, the reminders
 * sent to them (kind and day), and the reminder jobs waiting for them (kind and
 * when). Nothing here belongs to a space, so leaving one changes nothing; an
 * account's deletion cascades, and its waiting jobs are dropped with it.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { REMINDER_JOB } from './service.js';

export const remindersDataSource: MemberDataSource = {
  async export({ db, memberId }) {
    const [settings, quiet, sent, jobs] = await Promise.all([
      db
        .selectFrom('reminderSettings')
        .select(['id', 'kind', 'days', 'time', 'channel', 'createdAt', 'updatedAt'])
        .where('memberId', '=', memberId)
        .orderBy('kind')
        .execute(),
      db
        .selectFrom('reminderQuietHours')
        .select(['startsAt', 'endsAt', 'updatedAt'])
        .where('memberId', '=', memberId)
        .execute(),
      db
        .selectFrom('remindersSent')
        .select(['id', 'kind', 'day', 'inApp', 'byEmail', 'sentAt', 'dismissedAt'])
        .where('memberId', '=', memberId)
        .orderBy('sentAt')
        .execute(),
      db
        .selectFrom('jobs')
        .select(['kind', 'dueAt'])
        .where('subject', '=', memberId)
        .where('kind', 'in', Object.values(REMINDER_JOB))
        .execute(),
    ]);
    return {
      reminder_settings: settings.map((row) => ({
        ...row,
        days: row.days.split(',').filter(Boolean).map(Number),
      })),
      reminder_quiet_hours: quiet,
      reminders_sent: sent,
      jobs,
    };
  },
};
