/**
 * Reflection and statement rows: the writes. Every query names the space.
 * The limits are held by the database: one reflection per member per period
 * (a unique key), one statement per member in a space (an upsert).
 */
import type { Kysely } from 'kysely';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import type { ReflectionRow, StatementRow } from './reads.js';

/** False when this period already has the member's reflection (nothing written). */
export async function insertReflectionOnce(db: Kysely<DB>, row: ReflectionRow): Promise<boolean> {
  const result = await db
    .insertInto('forgivenessReflections')
    .values(row)
    .onConflict((oc) => oc.columns(['authorId', 'period']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateReflectionSharing(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Pick<ReflectionRow, 'visibility' | 'therapistVisible' | 'updatedAt'>,
): Promise<void> {
  await updateInSpace(db, 'forgivenessReflections', { spaceId }, id, fields);
}

/** False when the member already has a statement in this space (nothing written). */
export async function insertStatementOnce(db: Kysely<DB>, row: StatementRow): Promise<boolean> {
  const result = await db
    .insertInto('forgivenessStatements')
    .values(row)
    .onConflict((oc) => oc.columns(['spaceId', 'authorId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The member's own statement in the space, whatever its visibility. */
export function findOwnStatement(db: Kysely<DB>, spaceId: string, memberId: string) {
  return inSpace(db, 'forgivenessStatements', { spaceId })
    .selectAll()
    .where('authorId', '=', memberId)
    .executeTakeFirst();
}

export async function updateStatement(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Partial<Pick<StatementRow, 'text' | 'visibility' | 'therapistVisible' | 'updatedAt'>>,
): Promise<void> {
  await updateInSpace(db, 'forgivenessStatements', { spaceId }, id, fields);
}
