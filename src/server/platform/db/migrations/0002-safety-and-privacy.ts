/**
 * Safety checks, therapist grants and notes, the audit log, in-app notices and
 * the e-mail outbox.
 */
import { sql, type Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);

  // The answers (and whether they raised concern) are one encrypted blob: not
  // even an operator with database access can tell who answered what.
  await db.schema
    .createTable('safety_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('safety_checks_member')
    .on('safety_checks')
    .columns(['member_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('therapist_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    // Encrypted: that a couple sees a therapist, and who, is itself private.
    .addColumn('therapist_email', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('proposed_at', instant, (c) => c.notNull())
    .addColumn('consented_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('consented_at', instant)
    .addColumn('declined_at', instant)
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('token_expires_at', instant)
    // Cleared (after the grant is revoked) if the therapist deletes their account:
    // the couple keeps the record that they had a therapist.
    .addColumn('therapist_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('accepted_at', instant)
    .addColumn('revoked_at', instant)
    .addColumn('revoked_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('therapist_grants_space')
    .on('therapist_grants')
    .column('space_id')
    .execute();
  await db.schema
    .createIndex('therapist_grants_therapist')
    .on('therapist_grants')
    .column('therapist_id')
    .execute();

  await db.schema
    .createTable('therapist_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('therapist_notes_space')
    .on('therapist_notes')
    .column('space_id')
    .execute();

  // Who did what, never with content. space_id is null for a member's own
  // events outside a space (an export before joining one).
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.references('spaces.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_space')
    .on('audit_events')
    .columns(['space_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('audit_events_member')
    .on('audit_events')
    .column('member_id')
    .execute();

  // In-app notices carry a kind, never content ("You have something new in Mend").
  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('dismissed_at', instant)
    .execute();
  await db.schema
    .createIndex('notices_member')
    .on('notices')
    .columns(['member_id', 'created_at'])
    .execute();

  // E-mails wait here; the sender delivers them (SMTP) or, embedded, leaves
  // them for the dev-only outbox page. Templates only: no member text.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('sent_at', instant)
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    // A sender claims a row until this instant, so two app nodes never send it twice.
    .addColumn('locked_until', instant)
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_unsent')
    .on('outbox')
    .columns(['sent_at', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
