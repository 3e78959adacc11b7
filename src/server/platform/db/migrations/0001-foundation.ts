/** Members, sessions, spaces with at most two partners, invites, check-ins. */
import { sql, type Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_seen_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    // Step-up: set when the member proves it is them again (password, second factor).
    .addColumn('reauthenticated_at', instant)
    .execute();
  await db.schema.createIndex('sessions_member').on('sessions').column('member_id').execute();

  await db.schema
    .createTable('spaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Who made the space; cleared if their account is deleted.
    .addColumn('created_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('space_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('seat', 'integer', (c) => c.notNull().check(sql`seat in (1, 2)`))
    .addColumn('joined_at', instant, (c) => c.notNull())
    .addColumn('left_at', instant)
    .execute();
  // A member is in at most one space at a time, and a space has at most two
  // current partners: both enforced by the database, whatever the code does.
  await db.schema
    .createIndex('space_members_one_space_each')
    .on('space_members')
    .column('member_id')
    .unique()
    .where(sql.ref('left_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('space_members_two_seats')
    .on('space_members')
    .columns(['space_id', 'seat'])
    .unique()
    .where(sql.ref('left_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) =>
      c.notNull().references('members.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .addColumn('used_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('revoked_at', instant)
    .execute();
  await db.schema.createIndex('invites_space').on('invites').column('space_id').execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('trust', 'integer', (c) => c.check(sql`trust between 1 and 7`))
    .addColumn('honesty', 'integer', (c) => c.check(sql`honesty between 1 and 7`))
    .addColumn('reliability', 'integer', (c) => c.check(sql`reliability between 1 and 7`))
    .addColumn('openness', 'integer', (c) => c.check(sql`openness between 1 and 7`))
    .addColumn('safety', 'integer', (c) => c.check(sql`safety between 1 and 7`))
    .addColumn('effort', 'integer', (c) => c.check(sql`effort between 1 and 5`))
    .addColumn('talked_openly', 'integer', (c) => c.check(sql`talked_openly in (0, 1)`))
    .addColumn('note_text', 'text')
    .addColumn('note_visibility', 'text', (c) =>
      c.check(sql`note_visibility in ('private', 'shared')`),
    )
    // "Therapist may see": off unless the author turns it on (issue 3).
    .addColumn('therapist_visible', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`therapist_visible in (0, 1)`),
    )
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('check_ins_one_per_day', ['space_id', 'member_id', 'day'])
    .execute();
  await db.schema
    .createIndex('check_ins_space_day')
    .on('check_ins')
    .columns(['space_id', 'day'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only: production databases are never migrated down.
}
