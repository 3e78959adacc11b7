/**
 * Reminders (issue 11): a member's own settings, not couple data, so no space.
 *
 * - `reminder_settings`: per member and kind (check-in, commitments) the
 *   weekdays, the local time and the channel; unique on (member, kind), so a
 *   PUT is an upsert and two saves at once leave one row.
 * - `reminder_quiet_hours`: at most one row per member.
 * - `reminders_sent`: one row per member, kind and local day it was sent on.
 *   The unique key is the once-a-day guard: the job inserts its row before it
 *   sends, with ON CONFLICT DO NOTHING, so two runners at once send once. The
 *   same row is the in-app reminder the home screen shows until dismissed.
 *
 * Every member column cascades: deleting an account removes all three.
 */
import type { Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);
  await db.schema
    .createTable('reminder_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // ISO weekdays, comma-separated ("1,3,5"), as commitments keep theirs.
    .addColumn('days', 'text', (c) => c.notNull())
    // "HH:MM" on the member's own clock.
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('reminder_settings_one_per_kind', ['member_id', 'kind'])
    .execute();

  await db.schema
    .createTable('reminder_quiet_hours')
    .addColumn('member_id', 'text', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reminders_sent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // The member's local day the reminder was for.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('in_app', 'integer', (c) => c.notNull())
    .addColumn('by_email', 'integer', (c) => c.notNull())
    .addColumn('sent_at', instant, (c) => c.notNull())
    .addColumn('dismissed_at', instant)
    .addUniqueConstraint('reminders_sent_once_a_day', ['member_id', 'kind', 'day'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
