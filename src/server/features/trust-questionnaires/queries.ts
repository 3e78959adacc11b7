/**
 * Trust questionnaire rows: the writes. Every query names the space. "One per
 * member per month" is held by the database: a unique key on (space, author,
 * month), written as insert-or-nothing, then an update of the row that holds
 * the month, so identical writes at once leave one row and no error.
 */
import type { Kysely } from 'kysely';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import type { TrustQuestionnaireRow } from './reads.js';

/**
 * Inserts the member's questionnaire for the month unless one is there
 * already; true when this insert made the row. On PostgreSQL a concurrent
 * insert of the same month makes this one wait for it, then do nothing.
 */
export async function insertQuestionnaireIfAbsent(
  db: Kysely<DB>,
  row: TrustQuestionnaireRow,
): Promise<boolean> {
  const result = await db
    .insertInto('trustQuestionnaires')
    .values(row)
    .onConflict((oc) => oc.columns(['spaceId', 'authorId', 'month']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The member's own questionnaire for a month, whatever its visibility. */
export function findOwnQuestionnaireForMonth(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  month: string,
) {
  return inSpace(db, 'trustQuestionnaires', { spaceId })
    .selectAll()
    .where('authorId', '=', memberId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function updateQuestionnaire(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Partial<
    Pick<TrustQuestionnaireRow, 'answers' | 'day' | 'visibility' | 'therapistVisible' | 'updatedAt'>
  >,
): Promise<void> {
  await updateInSpace(db, 'trustQuestionnaires', { spaceId }, id, fields);
}
