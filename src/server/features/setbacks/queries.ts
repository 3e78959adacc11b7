/**
 * Setback rows: the writes, and the reads only setbacks needs (what other
 * features read is in `reads.ts`). Every query takes the space id. Setbacks
 * are never updated or deleted.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB, SetbacksTable } from '../../platform/db/schema.js';
import { findVisible } from '../repair-shared/visible-rows.js';

export type SetbackRow = Selectable<SetbacksTable>;

export async function insertSetback(db: Kysely<DB>, row: SetbackRow): Promise<void> {
  await db.insertInto('setbacks').values(row).execute();
}

export function findSetback(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return findVisible(db, 'setbacks', { spaceId, reader }, id);
}
