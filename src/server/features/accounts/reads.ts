/**
 * What other features read of a member: the public columns — never the
 * password hash or a factor. Accounts are not couple data, so the lookup is by
 * member id.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { DB, MembersTable } from '../../platform/db/schema.js';

export type MemberRow = Pick<MembersTable, 'id' | 'email' | 'displayName' | 'timeZone'> & {
  role: 'member' | 'operator';
};

// The role comes along (it is in the same row) so /me can say whether to offer moderation.
const memberColumns = ['id', 'email', 'displayName', 'timeZone', 'role'] as const;

// Read on most requests (the time zone, /me): built once (decision 054).
const memberById = prepared(['memberId'], (db, p) =>
  db.selectFrom('members').select(memberColumns).where('id', '=', p.memberId),
);

export function findMemberById(db: Kysely<DB>, memberId: string): Promise<MemberRow | undefined> {
  return memberById.first(db, { memberId });
}

/** Whether an account uses this (lower-cased) address; for links that move an account to it. */
export async function emailInUse(db: Kysely<DB>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of the account with this address, for a reset link; undefined when none. */
export async function findMemberIdByEmail(
  db: Kysely<DB>,
  email: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.id;
}
