/** Therapist grants and notes. Every query names its space, except the token lookup. */
import type { Kysely, Selectable } from 'kysely';
import type { DB, TherapistGrantsTable } from '../../platform/db/schema.js';

export type GrantRow = Selectable<TherapistGrantsTable>;

export function listGrants(db: Kysely<DB>, spaceId: string) {
  return db
    .selectFrom('therapistGrants')
    .leftJoin('members', 'members.id', 'therapistGrants.therapistId')
    .selectAll('therapistGrants')
    .select('members.displayName as therapistName')
    .where('therapistGrants.spaceId', '=', spaceId)
    .orderBy('therapistGrants.proposedAt', 'desc')
    .execute();
}

export function findGrant(db: Kysely<DB>, spaceId: string, grantId: string) {
  return db
    .selectFrom('therapistGrants')
    .leftJoin('members', 'members.id', 'therapistGrants.therapistId')
    .selectAll('therapistGrants')
    .select('members.displayName as therapistName')
    .where('therapistGrants.spaceId', '=', spaceId)
    .where('therapistGrants.id', '=', grantId)
    .executeTakeFirst();
}

export async function insertGrant(db: Kysely<DB>, row: GrantRow): Promise<void> {
  await db.insertInto('therapistGrants').values(row).execute();
}

export async function updateGrant(
  db: Kysely<DB>,
  spaceId: string,
  grantId: string,
  changes: Partial<Omit<GrantRow, 'id' | 'spaceId'>>,
): Promise<void> {
  await db
    .updateTable('therapistGrants')
    .set(changes)
    .where('spaceId', '=', spaceId)
    .where('id', '=', grantId)
    .execute();
}

/**
 * The one lookup not scoped by space: the therapist is not in the space yet and
 * holds only the token, whose hash is the key.
 */
export function unsafeFindGrantByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('therapistGrants')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * The spaces a therapist may see: found by the therapist's own id, which is the
 * scope here (a therapist may work with several couples).
 */
export function activeGrantsOfTherapist(db: Kysely<DB>, therapistId: string) {
  return db
    .selectFrom('therapistGrants')
    .select(['spaceId', 'acceptedAt'])
    .where('therapistId', '=', therapistId)
    .where('acceptedAt', 'is not', null)
    .where('revokedAt', 'is', null)
    .orderBy('acceptedAt', 'desc')
    .execute();
}

export function currentPartners(db: Kysely<DB>, spaceId: string) {
  return db
    .selectFrom('spaceMembers')
    .innerJoin('members', 'members.id', 'spaceMembers.memberId')
    .select(['members.id', 'members.displayName'])
    .where('spaceMembers.spaceId', '=', spaceId)
    .where('spaceMembers.leftAt', 'is', null)
    .orderBy('spaceMembers.seat')
    .execute();
}

export function listNotes(db: Kysely<DB>, spaceId: string) {
  return db
    .selectFrom('therapistNotes')
    .leftJoin('members', 'members.id', 'therapistNotes.authorId')
    .select([
      'therapistNotes.id',
      'therapistNotes.spaceId',
      'therapistNotes.authorId',
      'therapistNotes.text',
      'therapistNotes.createdAt',
      'members.displayName as authorName',
    ])
    .where('therapistNotes.spaceId', '=', spaceId)
    .orderBy('therapistNotes.createdAt', 'desc')
    .execute();
}

export async function insertNote(
  db: Kysely<DB>,
  row: { id: string; spaceId: string; authorId: string; text: string; createdAt: string },
): Promise<void> {
  await db.insertInto('therapistNotes').values(row).execute();
}
