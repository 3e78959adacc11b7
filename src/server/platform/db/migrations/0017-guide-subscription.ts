/**
 * The guide's e-mail subscription and reply notices (issue 12):
 *
 * - `guide_subscribers`: one row per address (its blind index is unique, so
 *   a second sign-up is an upsert, never a second row). The address is
 *   encrypted, bound to the row and the table. 'pending' until the mailed
 *   link is followed; the link's token is stored hashed and cleared when used,
 *   so it works once. `sent_at` is when the last confirmation went out: a
 *   second request within minutes mails nothing more.
 * - `guide_announcements`: one row per article once its new-article mail was
 *   queued. Inserting it (ON CONFLICT DO NOTHING) decides which runner sends
 *   the mails, in the same transaction as the mails themselves, so every
 *   subscriber gets each article once even with several nodes.
 * - `guide_comments.notify`: whether the writer asked to hear of replies
 *   ('off', 'pending' until the mailed link is followed, 'on'), the link's
 *   hashed token, and `replies_noticed_at`, set once the notices about this
 *   comment (as a reply) were queued, so a reply approved twice mails once.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guide_subscribers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_lookup', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'confirmed')`))
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('confirm_expires_at', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();

  await db.schema
    .createTable('guide_announcements')
    .addColumn('article_slug', 'text', (c) => c.primaryKey())
    .addColumn('announced_at', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // SQLite adds no UNIQUE column to an existing table: the token's index says it.
  await db.schema
    .alterTable('guide_comments')
    .addColumn('notify', 'text', (c) =>
      c
        .notNull()
        .defaultTo('off')
        .check(sql`notify in ('off', 'pending', 'on')`),
    )
    .execute();
  await db.schema.alterTable('guide_comments').addColumn('notify_token_hash', 'text').execute();
  await db.schema.alterTable('guide_comments').addColumn('replies_noticed_at', 'text').execute();
  await db.schema
    .createIndex('guide_comments_notify_token')
    .on('guide_comments')
    .column('notify_token_hash')
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
