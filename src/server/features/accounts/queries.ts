/**
 * Member rows: credentials, account changes and sign-in tickets (what other
 * features read of a member is in `reads.ts`). Accounts are not couple data,
 * so these are scoped by member id.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, Flag, MembersTable, SignInTicketsTable } from '../../platform/db/schema.js';

export function findCredentialsByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('members')
    .select(['id', 'passwordHash', 'emailConfirmedAt'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function emailTaken(db: Kysely<DB>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A sign-up that was never confirmed is replaced by the next one for the same
 * address (nobody could sign in to it, so nothing is lost): whoever holds the
 * mailbox decides the password. Only unconfirmed rows match.
 */
export async function replacePendingMember(
  db: Kysely<DB>,
  memberId: string,
  changes: Pick<MembersTable, 'displayName' | 'timeZone' | 'passwordHash'> & {
    passwordOkWithoutFactor: Flag;
  },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('members')
    .set({ ...changes, updatedAt: now.toISOString() })
    .where('id', '=', memberId)
    .where('emailConfirmedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findCredentialsById(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'email', 'passwordHash'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}

export async function insertMember(db: Kysely<DB>, row: Insertable<MembersTable>): Promise<void> {
  await db.insertInto('members').values(row).execute();
}

export async function updateMember(
  db: Kysely<DB>,
  memberId: string,
  changes: Partial<Pick<MembersTable, 'displayName' | 'timeZone'>>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('members')
    .set({ ...changes, updatedAt: now.toISOString() })
    .where('id', '=', memberId)
    .execute();
}

export async function updatePassword(
  db: Kysely<DB>,
  memberId: string,
  passwordHash: string,
  okWithoutFactor: Flag,
  now: Date,
): Promise<void> {
  await db
    .updateTable('members')
    .set({ passwordHash, passwordOkWithoutFactor: okWithoutFactor, updatedAt: now.toISOString() })
    .where('id', '=', memberId)
    .execute();
}

export async function updateEmail(
  db: Kysely<DB>,
  memberId: string,
  email: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('members')
    .set({ email, updatedAt: now.toISOString() })
    .where('id', '=', memberId)
    .execute();
}

// Sign-in tickets: the step between a right password and a session. ----------

export async function insertTicket(db: Kysely<DB>, row: SignInTicketsTable, now: Date) {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('signInTickets')
      .where('memberId', '=', row.memberId)
      .where('expiresAt', '<=', now.toISOString())
      .execute();
    await trx.insertInto('signInTickets').values(row).execute();
  });
}

export function findLiveTicket(
  db: Kysely<DB>,
  tokenHash: string,
  now: Date,
): Promise<SignInTicketsTable | undefined> {
  return db
    .selectFrom('signInTickets')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
}

export async function countTicketAttempt(db: Kysely<DB>, ticketId: string): Promise<void> {
  await db
    .updateTable('signInTickets')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', ticketId)
    .execute();
}

/** Takes the ticket away; true only for the one request that removed it. */
export async function consumeTicket(db: Kysely<DB>, ticketId: string): Promise<boolean> {
  const result = await db.deleteFrom('signInTickets').where('id', '=', ticketId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
