/**
 * The one shape of the repair features' reads: the rows of a table in the
 * reader's space that the visibility rule lets them see — a list, or one row
 * by id, locked for the rest of the transaction when the write needs it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import { byId, inSpace, type SpaceTable } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';

/** The space tables with the visibility rule's columns (author, visibility, therapist flag). */
export type VisibleTable = {
  [K in SpaceTable]: DB[K] extends { visibility: string; therapistVisible: number } ? K : never;
}[SpaceTable];

/** A reader in a space: a `SpaceAccess` fits. */
export interface VisibleScope {
  spaceId: string;
  reader: Reader;
}

/** Every row of the table the reader may see in their space, ready to be ordered. */
export function visibleRows<K extends VisibleTable>(db: Kysely<DB>, table: K, scope: VisibleScope) {
  return inSpace(db, table, scope).selectAll().where(visibleTo(scope.reader));
}

/**
 * One row the reader may see; with a database kind, locked until the
 * transaction ends on PostgreSQL (SQLite writes one transaction at a time).
 */
export async function findVisible<K extends VisibleTable>(
  db: Kysely<DB>,
  table: K,
  scope: VisibleScope,
  id: string,
  lockOn: DatabaseKind | null = null,
): Promise<Selectable<DB[K]> | undefined> {
  const query = visibleRows(db, table, scope).where(byId(id));
  return (await (lockOn === 'postgres' ? query.forUpdate() : query).executeTakeFirst()) as
    Selectable<DB[K]> | undefined;
}
