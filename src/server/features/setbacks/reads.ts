/**
 * The setback rows other features read: the path's timeline lists them. Only
 * reads, through the visibility rule; the writes stay in `queries.ts`.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import { visibleRows } from '../repair-shared/visible-rows.js';

export function listSetbacks(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'setbacks', { spaceId, reader })
    .orderBy('day', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}
