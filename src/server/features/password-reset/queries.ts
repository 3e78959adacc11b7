/**
 * What a reset writes: the new password, and the end of every session and
 * open sign-in ticket of the member (a thief signed in elsewhere is out).
 */
import { sql, type Kysely } from 'kysely';
import type { DB, Flag } from '../../platform/db/schema.js';

/** The member a live reset link belongs to, without using the link. */
export function findLiveResetLink(db: Kysely<DB>, tokenHash: string, now: Date) {
  return db
    .selectFrom('accountLinks')
    .select('memberId')
    .where('tokenHash', '=', tokenHash)
    .where('purpose', '=', 'reset-password')
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
}

/**
 * The new password. Following the link proved the mailbox, so an account
 * whose sign-up was never confirmed is confirmed now too.
 */
export async function setNewPassword(
  db: Kysely<DB>,
  memberId: string,
  passwordHash: string,
  okWithoutFactor: Flag,
  now: Date,
): Promise<void> {
  await db
    .updateTable('members')
    .set({
      passwordHash,
      passwordOkWithoutFactor: okWithoutFactor,
      emailConfirmedAt: sql<string>`coalesce(email_confirmed_at, ${now.toISOString()})`,
      updatedAt: now.toISOString(),
    })
    .where('id', '=', memberId)
    .execute();
}

/** Ends every session and sign-in ticket; returns how many sessions ended. */
export async function endEverySignIn(db: Kysely<DB>, memberId: string): Promise<number> {
  const sessions = await db
    .deleteFrom('sessions')
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  await db.deleteFrom('signInTickets').where('memberId', '=', memberId).execute();
  return Number(sessions.numDeletedRows);
}
