/**
 * Queries shared by the versioned entries of a breach's thread —
 * acknowledgments, impact statements and apologies. They have the same
 * columns for this (space, breach, author, version, visibility), so one query
 * serves each table. An entry whose breach is gone (breach_id set null when
 * its author's account was deleted) is left out of every read.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import { nextVersionNumber } from '../../../domain/path/versions.js';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { visibleRows } from './visible-rows.js';

export type ThreadTable = 'acknowledgments' | 'impactStatements' | 'apologies';

/** Kysely types a query over a union of tables as all their columns at once; a caller names one. */
export type Row<K extends ThreadTable> = Selectable<DB[K]>;

function visibleEntries(db: Kysely<DB>, table: ThreadTable, spaceId: string, reader: Reader) {
  return visibleRows(db, table, { spaceId, reader }).where('breachId', 'is not', null);
}

/** A thread's entries the reader may see (every breach's, without `breachId`). */
export async function listThreadEntries<K extends ThreadTable>(
  db: Kysely<DB>,
  table: K,
  spaceId: string,
  reader: Reader,
  breachId: string | undefined,
  sortBy: readonly ['createdAt', 'version'] | readonly ['version', 'createdAt'],
): Promise<Row<K>[]> {
  let query = visibleEntries(db, table, spaceId, reader);
  if (breachId) query = query.where('breachId', '=', breachId);
  const [first, then] = sortBy;
  return (await query.orderBy(first, 'asc').orderBy(then, 'asc').execute()) as Row<K>[];
}

/** One entry the reader may see; with a database kind, locked for the transaction on PostgreSQL. */
export async function findThreadEntry<K extends ThreadTable>(
  db: Kysely<DB>,
  table: K,
  kind: DatabaseKind | null,
  spaceId: string,
  id: string,
  reader: Reader,
): Promise<Row<K> | undefined> {
  const query = visibleEntries(db, table, spaceId, reader).where('id', '=', id);
  return (await (kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst()) as
    Row<K> | undefined;
}

/** The highest version an author has written in a breach's thread (0 when none). */
export async function latestVersionNumber(
  db: Kysely<DB>,
  table: ThreadTable,
  spaceId: string,
  breachId: string,
  authorId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('spaceId', '=', spaceId)
    .where('breachId', '=', breachId)
    .where('authorId', '=', authorId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

/** An author's newest entry in a breach's thread, whatever the reader may see (none when empty). */
export async function latestThreadEntry<K extends ThreadTable>(
  db: Kysely<DB>,
  table: K,
  spaceId: string,
  breachId: string,
  authorId: string,
): Promise<Row<K> | undefined> {
  const from: ThreadTable = table;
  return (await db
    .selectFrom(from)
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('breachId', '=', breachId)
    .where('authorId', '=', authorId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()) as Row<K> | undefined;
}

/** The columns every entry of a thread has; `insertThreadEntry` fills them in. */
type EntryColumns =
  | 'id'
  | 'spaceId'
  | 'breachId'
  | 'authorId'
  | 'version'
  | 'visibility'
  | 'therapistVisible'
  | 'createdAt'
  | 'updatedAt';

export interface NewThreadEntry {
  id: string;
  spaceId: string;
  breachId: string;
  authorId: string;
  /** Off unless the author turned it on. */
  therapistMaySee?: boolean;
  at: Date;
}

/**
 * Writes an author's next version in a breach's thread, inside the write's
 * transaction (which holds the breach row, so two versions never get one
 * number). Written for the partner to read: shared by nature. `content` is the
 * table's own columns, already encrypted.
 */
export async function insertThreadEntry<K extends ThreadTable>(
  db: Kysely<DB>,
  table: K,
  entry: NewThreadEntry,
  content: Omit<Insertable<DB[K]>, EntryColumns>,
): Promise<void> {
  const { id, spaceId, breachId, authorId } = entry;
  const latest = await latestVersionNumber(db, table, spaceId, breachId, authorId);
  const stamp = entry.at.toISOString();
  const row = {
    id,
    spaceId,
    breachId,
    authorId,
    version: nextVersionNumber(latest),
    ...content,
    visibility: 'shared',
    therapistVisible: entry.therapistMaySee ? 1 : 0,
    createdAt: stamp,
    updatedAt: stamp,
  } as Insertable<DB[ThreadTable]>;
  // A table named by a type parameter cannot take a typed row; the union can.
  const into: ThreadTable = table;
  await db.insertInto(into).values(row).execute();
}
