/**
 * Check-in rows: the writes, and the reads only check-ins needs (what other
 * features read is in `reads.ts`). Every query takes the space id; nothing
 * here reads across spaces.
 */
import type { Kysely, Selectable } from 'kysely';
import type { CheckInsTable, DB } from '../../platform/db/schema.js';

export type CheckInRow = Selectable<CheckInsTable>;

export type CheckInFields = Pick<
  CheckInsTable,
  | 'trust'
  | 'honesty'
  | 'reliability'
  | 'openness'
  | 'safety'
  | 'reassured'
  | 'perceivedTrust'
  | 'effort'
  | 'talkedOpenly'
  | 'noteText'
  | 'noteVisibility'
  | 'therapistVisible'
>;

export function findCheckInForDay(db: Kysely<DB>, spaceId: string, memberId: string, day: string) {
  return db
    .selectFrom('checkIns')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('memberId', '=', memberId)
    .where('day', '=', day)
    .executeTakeFirst();
}

export function findCheckIn(db: Kysely<DB>, spaceId: string, checkInId: string) {
  return db
    .selectFrom('checkIns')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', checkInId)
    .executeTakeFirst();
}

/**
 * Inserts the member's check-in for its day unless one is there already;
 * the row when this insert made it (RETURNING, so it is not read again). On
 * PostgreSQL a concurrent insert of the same day makes this one wait for it,
 * then do nothing, so no write fails.
 */
export function insertCheckInIfAbsent(
  db: Kysely<DB>,
  row: CheckInRow,
): Promise<CheckInRow | undefined> {
  return db
    .insertInto('checkIns')
    .values(row)
    .onConflict((oc) => oc.columns(['spaceId', 'memberId', 'day']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateCheckIn(
  db: Kysely<DB>,
  spaceId: string,
  checkInId: string,
  fields: Partial<CheckInFields>,
  updatedAt: string,
): Promise<CheckInRow | undefined> {
  return db
    .updateTable('checkIns')
    .set({ ...fields, updatedAt })
    .where('spaceId', '=', spaceId)
    .where('id', '=', checkInId)
    .returningAll()
    .executeTakeFirst();
}
