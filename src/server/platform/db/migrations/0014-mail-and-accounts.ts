/**
 * E-mail that people rely on (issue 11):
 *
 * - `members.email_confirmed_at`: when the member proved the address is
 *   theirs by following a link. Null means the account waits for its sign-up
 *   link and cannot sign in. Every account made before this migration counts
 *   as confirmed (it was usable yesterday; it stays usable).
 * - `account_links`: the single-use links mailed to a member — confirming a
 *   sign-up, confirming a new address, resetting the password. Only the
 *   sha-256 of the token is kept; a link is used by deleting its row (one
 *   conditional delete, so two clicks at once cannot both win). An e-mail
 *   change keeps the new address here, encrypted, until it is confirmed.
 *   Cascades with the member.
 * - `mail_opt_outs`: the mail kinds a recipient turned off, keyed by the blind
 *   index of the address (a partner who was only invited has no member row).
 */
import { sql, type Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);

  await db.schema.alterTable('members').addColumn('email_confirmed_at', instant).execute();
  await sql`update members set email_confirmed_at = created_at`.execute(db);

  await db.schema
    .createTable('account_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) =>
      c
        .notNull()
        .check(sql`purpose in ('confirm-sign-up', 'confirm-email-change', 'reset-password')`),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // Encrypted, bound to the row: only for 'confirm-email-change'.
    .addColumn('new_email', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_links_member')
    .on('account_links')
    .columns(['member_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('mail_opt_outs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Encrypted (bound to the row), when the outbox still knew it; with it,
    // rotating the key recomputes the lookup and the choice is kept.
    .addColumn('address', 'text')
    .addColumn('address_lookup', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('mail_opt_outs_one_each', ['address_lookup', 'kind'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
