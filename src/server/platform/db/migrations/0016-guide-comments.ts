/**
 * Guide comments and their moderation (issue 12):
 *
 * - `members.role`: 'member' for everyone, 'operator' for the accounts
 *   `mend admin create` makes. An operator moderates comments and has no way
 *   into any space (the spaces feature refuses them).
 * - `guide_comments`: one row per comment under a guide article. The e-mail
 *   is encrypted (bound to the row and the table) with a blind index, so the
 *   trust "approved once, published at once after" is a lookup without ever
 *   holding the address in the clear. Name, website and body are public once
 *   published, so they are plain text; they are escaped when shown. Spam is
 *   kept (status 'spam' and a reason) so the operator can rescue a false
 *   positive. The delete token is stored hashed.
 * - `guide_closed_articles`: articles whose comments are closed.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('member')
        .check(sql`role in ('member', 'operator')`),
    )
    .execute();

  await db.schema
    .createTable('guide_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_slug', 'text', (c) => c.notNull())
    // One level of replies: a reply's parent is a top-level comment (checked by the service).
    .addColumn('parent_id', 'text', (c) => c.references('guide_comments.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    // Encrypted, bound to the row; null once the comment was deleted but kept for its replies.
    .addColumn('email', 'text')
    .addColumn('email_lookup', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('held', 'published', 'spam', 'rejected', 'deleted')`),
    )
    .addColumn('reason', 'text')
    .addColumn('delete_token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('moderated_at', 'text')
    .execute();
  await db.schema
    .createIndex('guide_comments_article')
    .on('guide_comments')
    .columns(['article_slug', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('guide_comments_address')
    .on('guide_comments')
    .columns(['email_lookup', 'status'])
    .execute();
  await db.schema
    .createIndex('guide_comments_queue')
    .on('guide_comments')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('guide_closed_articles')
    .addColumn('article_slug', 'text', (c) => c.primaryKey())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
