/** Setback rows; every query takes the space id. Setbacks are never updated or deleted. */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB, SetbacksTable } from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';

export type SetbackRow = Selectable<SetbacksTable>;

export async function insertSetback(db: Kysely<DB>, row: SetbackRow): Promise<void> {
  await db.insertInto('setbacks').values(row).execute();
}

export function findSetback(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return db
    .selectFrom('setbacks')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .where(visibleTo(reader))
    .executeTakeFirst();
}

export function listSetbacks(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return db
    .selectFrom('setbacks')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader))
    .orderBy('day', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}
