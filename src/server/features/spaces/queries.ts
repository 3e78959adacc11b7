/**
 * Spaces, memberships and invites (what other features read is in
 * `reads.ts`). Every query names the space it works in.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { DB, InvitesTable } from '../../platform/db/schema.js';

// /me reads the space on every call: built once (decision 054).
const spaceById = prepared(['spaceId'], (db, p) =>
  db.selectFrom('spaces').select(['id', 'createdAt']).where('id', '=', p.spaceId),
);

export function findSpace(db: Kysely<DB>, spaceId: string) {
  return spaceById.first(db, { spaceId });
}

export async function insertSpace(
  db: Kysely<DB>,
  space: { id: string; createdBy: string; createdAt: string },
  membershipId: string,
): Promise<void> {
  await db.insertInto('spaces').values(space).execute();
  await db
    .insertInto('spaceMembers')
    .values({
      id: membershipId,
      spaceId: space.id,
      memberId: space.createdBy,
      seat: 1,
      joinedAt: space.createdAt,
      leftAt: null,
    })
    .execute();
}

export function takenSeats(db: Kysely<DB>, spaceId: string) {
  return db
    .selectFrom('spaceMembers')
    .select('seat')
    .where('spaceId', '=', spaceId)
    .where('leftAt', 'is', null)
    .execute();
}

export async function insertMembership(
  db: Kysely<DB>,
  row: { id: string; spaceId: string; memberId: string; seat: number; joinedAt: string },
): Promise<void> {
  await db
    .insertInto('spaceMembers')
    .values({ ...row, leftAt: null })
    .execute();
}

export async function endMembership(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('spaceMembers')
    .set({ leftAt: now })
    .where('spaceId', '=', spaceId)
    .where('memberId', '=', memberId)
    .where('leftAt', 'is', null)
    .execute();
}

export async function countCurrentMembers(db: Kysely<DB>, spaceId: string): Promise<number> {
  const row = await db
    .selectFrom('spaceMembers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('spaceId', '=', spaceId)
    .where('leftAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes a space nobody belongs to any more, with everything in it (cascade). */
export async function deleteSpace(db: Kysely<DB>, spaceId: string): Promise<void> {
  await db.deleteFrom('spaces').where('id', '=', spaceId).execute();
}

export async function insertInvite(db: Kysely<DB>, row: InvitesTable): Promise<void> {
  await db.insertInto('invites').values(row).execute();
}

const pendingInvite = prepared(['spaceId', 'now'], (db, p) =>
  db
    .selectFrom('invites')
    .select('id')
    .where('spaceId', '=', p.spaceId)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', p.now)
    .limit(1),
);

export async function hasPendingInvite(db: Kysely<DB>, spaceId: string, now: string) {
  return (await pendingInvite.first(db, { spaceId, now })) !== undefined;
}

/** Ends every open invite of the space (or only those one member created). */
export async function revokeOpenInvites(
  db: Kysely<DB>,
  spaceId: string,
  now: string,
  createdBy?: string,
): Promise<void> {
  let query = db
    .updateTable('invites')
    .set({ revokedAt: now })
    .where('spaceId', '=', spaceId)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null);
  if (createdBy) query = query.where('createdBy', '=', createdBy);
  await query.execute();
}

/**
 * The one lookup not scoped by space: the invitee is not a member yet and holds
 * only the token. The token's hash is the key, so nothing can be enumerated.
 */
export function unsafeFindInviteByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'spaceId', 'expiresAt', 'usedAt', 'revokedAt'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markInviteUsed(
  db: Kysely<DB>,
  spaceId: string,
  inviteId: string,
  memberId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ usedAt: now, usedBy: memberId })
    .where('spaceId', '=', spaceId)
    .where('id', '=', inviteId)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
