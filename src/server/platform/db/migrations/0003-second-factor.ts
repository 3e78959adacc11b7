/**
 * Second factors (TOTP, passkeys, recovery codes), the short-lived sign-in
 * tickets and WebAuthn challenges they need, and a flag on members that says
 * whether the password is long enough to stand alone (15 characters).
 */
import { sql, type Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);

  // Set when the password was chosen under the single-factor rule (15+
  // characters). Turning off the last second factor needs it: the password
  // itself is never kept, so its length cannot be checked later.
  await db.schema
    .alterTable('members')
    .addColumn('password_ok_without_factor', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`password_ok_without_factor in (0, 1)`),
    )
    .execute();

  // One confirmed TOTP per member; a pending one (confirmed_at null) waits for
  // its first code and replaces the confirmed one when it gets it. The secret
  // is encrypted (bound to the row and the member).
  await db.schema
    .createTable('totp_factors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('confirmed_at', instant)
    // The last 30-second step a code was accepted for: no code is taken twice.
    .addColumn('last_used_step', 'bigint')
    .execute();
  await db.schema
    .createIndex('totp_factors_member')
    .on('totp_factors')
    .column('member_id')
    .execute();
  await db.schema
    .createIndex('totp_factors_one_confirmed')
    .on('totp_factors')
    .column('member_id')
    .unique()
    .where(sql.ref('confirmed_at'), 'is not', null)
    .execute();

  // Ten single-use codes per member; only a hash of each is kept.
  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .execute();
  await db.schema
    .createIndex('recovery_codes_member')
    .on('recovery_codes')
    .column('member_id')
    .execute();

  // WebAuthn credentials. The public key is not secret; the counter is a
  // uint32 the authenticator reports (bigint: it does not fit PostgreSQL's integer).
  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transports', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_used_at', instant)
    .execute();
  await db.schema.createIndex('passkeys_member').on('passkeys').column('member_id').execute();

  // Challenges live on the server, short-lived and single-use, bound to the
  // sign-in ticket or the session that asked for them.
  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('register', 'sign-in', 'reauthenticate')`),
    )
    .addColumn('challenge_hash', 'text', (c) => c.notNull().unique())
    .addColumn('bound_to', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webauthn_challenges_member')
    .on('webauthn_challenges')
    .column('member_id')
    .execute();

  // The step between a right password and a session when a second factor is
  // on: a random ticket (only its hash kept), five minutes, a few tries.
  await db.schema
    .createTable('sign_in_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_tickets_member')
    .on('sign_in_tickets')
    .column('member_id')
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
