/**
 * Reminder rows. Every query takes the member id: a member's reminders are
 * their own, never their partner's, and nothing here reads content — whether
 * a check-in exists today, whether a commitment is due and marked.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type {
  ReminderKindName,
  ReminderQuietHoursTable,
  ReminderSettingsTable,
  RemindersSentTable,
} from '../../platform/db/schema-reminders.js';

export type SettingRow = Selectable<ReminderSettingsTable>;
export type QuietRow = Selectable<ReminderQuietHoursTable>;
export type SentRow = Selectable<RemindersSentTable>;

export function listSettings(db: Kysely<DB>, memberId: string): Promise<SettingRow[]> {
  return db
    .selectFrom('reminderSettings')
    .selectAll()
    .where('memberId', '=', memberId)
    .orderBy('kind')
    .execute();
}

export function findSetting(
  db: Kysely<DB>,
  memberId: string,
  kind: ReminderKindName,
): Promise<SettingRow | undefined> {
  return db
    .selectFrom('reminderSettings')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

/** An upsert on (member, kind): two saves at once leave one row, the later values. */
export async function upsertSetting(db: Kysely<DB>, row: SettingRow): Promise<void> {
  await db
    .insertInto('reminderSettings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['memberId', 'kind']).doUpdateSet({
        days: row.days,
        time: row.time,
        channel: row.channel,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

export function findQuietHours(db: Kysely<DB>, memberId: string): Promise<QuietRow | undefined> {
  return db
    .selectFrom('reminderQuietHours')
    .selectAll()
    .where('memberId', '=', memberId)
    .executeTakeFirst();
}

export async function putQuietHours(
  db: Kysely<DB>,
  memberId: string,
  quiet: { start: string; end: string } | null,
  now: string,
): Promise<void> {
  if (!quiet) {
    await db.deleteFrom('reminderQuietHours').where('memberId', '=', memberId).execute();
    return;
  }
  await db
    .insertInto('reminderQuietHours')
    .values({ memberId, startsAt: quiet.start, endsAt: quiet.end, updatedAt: now })
    .onConflict((oc) =>
      oc
        .column('memberId')
        .doUpdateSet({ startsAt: quiet.start, endsAt: quiet.end, updatedAt: now }),
    )
    .execute();
}

/** The member's zone and address, or undefined once the account is gone. */
export function findRecipient(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'email', 'timeZone'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/**
 * The once-a-day guard: true when this call wrote the day's row, false when
 * it was there already (sent before, or by another runner at this moment).
 */
export async function claimDay(db: Kysely<DB>, row: SentRow): Promise<boolean> {
  const inserted = await db
    .insertInto('remindersSent')
    .values(row)
    .onConflict((oc) => oc.columns(['memberId', 'kind', 'day']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The day's in-app reminders the member has not dismissed. */
export function listWaiting(db: Kysely<DB>, memberId: string, day: string): Promise<SentRow[]> {
  return db
    .selectFrom('remindersSent')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('day', '=', day)
    .where('inApp', '=', 1)
    .where('dismissedAt', 'is', null)
    .orderBy('sentAt')
    .execute();
}

export async function dismiss(
  db: Kysely<DB>,
  memberId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('remindersSent')
    .set({ dismissedAt: now })
    .where('id', '=', id)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function checkedInOn(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  day: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('checkIns')
    .select('id')
    .where('spaceId', '=', spaceId)
    .where('memberId', '=', memberId)
    .where('day', '=', day)
    .executeTakeFirst();
  return row !== undefined;
}
