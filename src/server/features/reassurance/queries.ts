/**
 * Reassurance requests: the writes, and the reads only this feature needs.
 * Every query takes the space id. A request is never changed except for its
 * one answer (`answers.ts`), and never deleted but with its asker's account.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import type { ReassuranceRequestsTable } from '../../platform/db/schema-kindness.js';
import { visibleRows } from '../repair-shared/visible-rows.js';

export type RequestRow = Selectable<ReassuranceRequestsTable>;

/** A real upsert on (space, asker, day): a double tap or a retry inserts nothing more. */
export async function insertRequestIfAbsent(db: Kysely<DB>, row: RequestRow): Promise<void> {
  await db
    .insertInto('reassuranceRequests')
    .values(row)
    .onConflict((oc) => oc.columns(['spaceId', 'authorId', 'day']).doNothing())
    .execute();
}

export function findRequestForDay(
  db: Kysely<DB>,
  scope: { spaceId: string; reader: Reader },
  authorId: string,
  day: string,
) {
  return visibleRows(db, 'reassuranceRequests', scope)
    .where('authorId', '=', authorId)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** Requests written since `since`, newest first. */
export function listRequestsSince(
  db: Kysely<DB>,
  scope: { spaceId: string; reader: Reader },
  since: string,
) {
  return visibleRows(db, 'reassuranceRequests', scope)
    .where('createdAt', '>=', since)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
