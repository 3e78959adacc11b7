/**
 * What other features read of a space: the partner beside the reader, by name
 * (the space's page shows it, and so does "your data"). Every query names the
 * space it works in.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export function findPartner(db: Kysely<DB>, spaceId: string, partnerId: string) {
  return db
    .selectFrom('spaceMembers')
    .innerJoin('members', 'members.id', 'spaceMembers.memberId')
    .select(['members.id', 'members.displayName'])
    .where('spaceMembers.spaceId', '=', spaceId)
    .where('spaceMembers.memberId', '=', partnerId)
    .where('spaceMembers.leftAt', 'is', null)
    .executeTakeFirst();
}
