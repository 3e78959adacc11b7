/**
 * What other features read of a member: the public columns — never the
 * password hash or a factor. Accounts are not couple data, so the lookup is by
 * member id.
 */
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
