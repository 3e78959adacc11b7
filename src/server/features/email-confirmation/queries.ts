/**
 * The two writes a confirming link makes on the member row: the sign-up is
 * confirmed, or the account moves to the confirmed address (the unique index
 * on members.email decides a race for one address).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Marks the address proven; an account confirmed already keeps its first date. */
export async function confirmSignUp(db: Kysely<DB>, memberId: string, now: Date): Promise<void> {
  await db
    .updateTable('members')
    .set({ emailConfirmedAt: now.toISOString() })
    .where('id', '=', memberId)
    .where('emailConfirmedAt', 'is', null)
    .execute();
}

export async function moveToEmail(
  db: Kysely<DB>,
  memberId: string,
  email: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('members')
    .set({ email, emailConfirmedAt: now.toISOString(), updatedAt: now.toISOString() })
    .where('id', '=', memberId)
    .execute();
}
