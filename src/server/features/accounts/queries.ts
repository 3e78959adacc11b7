/** Member rows. Accounts are not couple data, so these are scoped by member id. */
import type { Kysely } from 'kysely';
import type { DB, MembersTable } from '../../platform/db/schema.js';

export type MemberRow = Pick<MembersTable, 'id' | 'email' | 'displayName' | 'timeZone'>;

const memberColumns = ['id', 'email', 'displayName', 'timeZone'] as const;

export function findMemberById(db: Kysely<DB>, memberId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .select(memberColumns)
    .where('id', '=', memberId)
    .executeTakeFirst();
}

export function findCredentialsByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('members')
    .select(['id', 'passwordHash'])
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

export async function insertMember(db: Kysely<DB>, row: MembersTable): Promise<void> {
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
