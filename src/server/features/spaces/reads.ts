/**
 * What other features read of a space: the partner beside the reader, by name
 * (the space's page shows it, and so does "your data"). Every query names the
 * space it works in.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { DB } from '../../platform/db/schema.js';

// /me reads the partner on every call: built once (decision 054).
const partnerInSpace = prepared(['spaceId', 'partnerId'], (db, p) =>
  db
    .selectFrom('spaceMembers')
    .innerJoin('members', 'members.id', 'spaceMembers.memberId')
    .select(['members.id', 'members.displayName'])
    .where('spaceMembers.spaceId', '=', p.spaceId)
    .where('spaceMembers.memberId', '=', p.partnerId)
    .where('spaceMembers.leftAt', 'is', null),
);

export function findPartner(db: Kysely<DB>, spaceId: string, partnerId: string) {
  return partnerInSpace.first(db, { spaceId, partnerId });
}
