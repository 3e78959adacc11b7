/**
 * Gentle reminders at a member's own local time (docs/decisions/047).
 *
 * Settings are the member's own: every method works on the actor's rows only.
 * Scheduling: one job per (kind, member) at the next firing instant
 * (domain/reminders.ts), moved whenever the settings, the quiet hours or the
 * member's time zone change. When the job runs it checks everything again —
 * the settings, today's firing, quiet hours, whether the thing is already
 * done — because it may run late (the server was down) or be stale. It claims
 * the member's local day in `reminders_sent` before it sends, so a reminder
 * goes at most once a day per kind even with two runners at once, and then
 * plans the next one.
 *
 * A reminder says what kind it is, nothing more: the in-app one is the
 * `reminders_sent` row, the e-mail is a template with a link to the app.
 */
import type { z } from 'zod';
import type {
  DueReminder,
  PutRemindersBody,
  ReminderSettings,
} from '../../../contract/reminders.js';
import type { Weekday } from '../../../domain/commitments/schedule.js';
import {
  firingOn,
  inQuietHours,
  nextFiring,
  wallTimeOf,
  type QuietHours,
  type ReminderSchedule,
} from '../../../domain/reminders.js';
import type { Actor } from '../../platform/auth/actor.js';
import { findMembership } from '../../platform/auth/access.js';
import type { ReminderKindName } from '../../platform/db/schema-reminders.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import type { TemplateName } from '../../platform/mail/templates.js';
import { hasUnmarkedDueCommitment } from '../commitments/reads.js';
import {
  checkedInOn,
  claimDay,
  dismiss,
  findQuietHours,
  findRecipient,
  findSetting,
  listSettings,
  listWaiting,
  putQuietHours,
  upsertSetting,
  type QuietRow,
  type SettingRow,
} from './queries.js';

export const REMINDER_KINDS: readonly ReminderKindName[] = ['check-in', 'commitments'];

/** The job kind of each reminder kind; the subject is the member id. */
export const REMINDER_JOB: Record<ReminderKindName, string> = {
  'check-in': 'reminder-check-in',
  commitments: 'reminder-commitments',
};

const MAIL_TEMPLATE: Record<ReminderKindName, TemplateName> = {
  'check-in': 'check-in-reminder',
  commitments: 'commitment-reminder',
};

const daysOf = (row: SettingRow): Weekday[] =>
  row.days.split(',').filter(Boolean).map(Number) as Weekday[];

const quietOf = (row: QuietRow | undefined): QuietHours | null =>
  row ? { start: row.startsAt, end: row.endsAt } : null;

const scheduleOf = (
  row: SettingRow,
  timeZone: string,
  quietHours: QuietHours | null,
): ReminderSchedule => ({ days: daysOf(row), time: row.time, timeZone, quietHours });

/** The next planned instant, or null when the reminder is off or can never come. */
function nextAt(row: SettingRow, timeZone: string, quiet: QuietHours | null, after: Date) {
  if (row.channel === 'off') return null;
  return nextFiring(scheduleOf(row, timeZone, quiet), after)?.at ?? null;
}

export type ReminderService = ReturnType<typeof reminderService>;

export function reminderService(deps: Deps, jobs: Pick<Jobs, 'enqueue' | 'cancel'>) {
  const { db, clock, cipher, config } = deps;

  async function answer(memberId: string): Promise<z.input<typeof ReminderSettings>> {
    const [member, rows, quietRow] = await Promise.all([
      findRecipient(db, memberId),
      listSettings(db, memberId),
      findQuietHours(db, memberId),
    ]);
    if (!member) throw notFound();
    const quiet = quietOf(quietRow);
    const now = clock.now();
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        days: daysOf(row),
        time: row.time,
        channel: row.channel,
        nextAt: nextAt(row, member.timeZone, quiet, now)?.toISOString() ?? null,
      })),
      quietHours: quiet,
      timeZone: member.timeZone,
    };
  }

  /** Whether the member already did what the reminder is for, on their local day. */
  async function doneToday(kind: ReminderKindName, memberId: string, day: string) {
    const membership = await findMembership(db, memberId);
    // Outside a space there is nothing to check in to and nothing due.
    if (!membership) return true;
    if (kind === 'check-in') return checkedInOn(db, membership.spaceId, memberId, day);
    return !(await hasUnmarkedDueCommitment(db, membership.spaceId, memberId, day));
  }

  /** Plans the member's next reminder of a kind, or drops it when none can come. */
  async function plan(kind: ReminderKindName, memberId: string): Promise<void> {
    const [member, row, quietRow] = await Promise.all([
      findRecipient(db, memberId),
      findSetting(db, memberId, kind),
      findQuietHours(db, memberId),
    ]);
    const at = member && row ? nextAt(row, member.timeZone, quietOf(quietRow), clock.now()) : null;
    if (at) await jobs.enqueue(REMINDER_JOB[kind], memberId, { runAt: at });
    else await jobs.cancel(REMINDER_JOB[kind], memberId);
  }

  async function planAll(memberId: string): Promise<void> {
    for (const kind of REMINDER_KINDS) await plan(kind, memberId);
  }

  return {
    get: (actor: Actor) => answer(actor.memberId),

    async put(actor: Actor, body: PutRemindersBody): Promise<z.input<typeof ReminderSettings>> {
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const item of body.items) {
          await upsertSetting(trx, {
            id: newId(clock.now().getTime()),
            memberId: actor.memberId,
            kind: item.kind,
            days: [...item.days].sort((a, b) => a - b).join(','),
            time: item.time,
            channel: item.channel,
            createdAt: now,
            updatedAt: now,
          });
        }
        await putQuietHours(trx, actor.memberId, body.quietHours, now);
      });
      // Quiet hours touch every kind, so every kind is planned again.
      await planAll(actor.memberId);
      return answer(actor.memberId);
    },

    /** After the member's time zone changed: the same local times, new instants. */
    replan: planAll,

    /** The job: send today's reminder if it is still wanted, then plan the next. */
    async fire(kind: ReminderKindName, memberId: string): Promise<void> {
      const [member, row, quietRow] = await Promise.all([
        findRecipient(db, memberId),
        findSetting(db, memberId, kind),
        findQuietHours(db, memberId),
      ]);
      // The account is gone or the reminder was never set: nothing to send or plan.
      if (!member || !row) return;
      const now = clock.now();
      const quiet = quietOf(quietRow);
      const wall = wallTimeOf(now, member.timeZone);
      const firing = firingOn(scheduleOf(row, member.timeZone, quiet), wall.day);
      const wanted =
        row.channel !== 'off' &&
        firing !== null &&
        firing.at.getTime() <= now.getTime() &&
        !inQuietHours(wall.minutes, quiet) &&
        !(await doneToday(kind, memberId, wall.day));
      if (wanted) {
        const inApp = row.channel === 'app' || row.channel === 'both';
        const byEmail = row.channel === 'email' || row.channel === 'both';
        await db.transaction().execute(async (trx) => {
          const claimed = await claimDay(trx, {
            id: newId(now.getTime()),
            memberId,
            kind,
            day: wall.day,
            inApp: inApp ? 1 : 0,
            byEmail: byEmail ? 1 : 0,
            sentAt: now.toISOString(),
            dismissedAt: null,
          });
          if (claimed && byEmail) {
            await enqueueMail(
              trx,
              cipher,
              { to: member.email, template: MAIL_TEMPLATE[kind], link: `${config.publicUrl}/` },
              now,
            );
          }
        });
      }
      await plan(kind, memberId);
    },

    /** Today's in-app reminders, without those already done or dismissed. */
    async listDue(actor: Actor): Promise<{ items: z.input<typeof DueReminder>[] }> {
      const member = await findRecipient(db, actor.memberId);
      if (!member) throw notFound();
      const today = wallTimeOf(clock.now(), member.timeZone).day;
      const waiting = await listWaiting(db, actor.memberId, today);
      const items: z.input<typeof DueReminder>[] = [];
      for (const row of waiting) {
        if (await doneToday(row.kind, actor.memberId, today)) continue;
        items.push({ id: row.id, kind: row.kind, day: row.day, sentAt: row.sentAt });
      }
      return { items };
    },

    async dismiss(actor: Actor, reminderId: string): Promise<void> {
      const done = await dismiss(db, actor.memberId, reminderId, clock.now().toISOString());
      if (!done) throw notFound();
    },
  };
}
