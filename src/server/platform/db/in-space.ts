/**
 * The space filter as the default form of a query on couple data. Every row a
 * partner writes belongs to one space, and every read or change of it names
 * that space (SECURITY.md): `inSpace` starts a select that already has the
 * filter, `updateInSpace` changes one row only inside its space, so a query
 * cannot leave the filter out by forgetting a line.
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { DB } from './schema.js';

/** The tables whose rows belong to one space (their `space_id` is never null). */
export type SpaceTable = {
  [K in keyof DB]: DB[K] extends { spaceId: string; id: string } ? K : never;
}[keyof DB];

/** Who reads in which space: a `SpaceAccess` fits, and so does `{ spaceId }`. */
export interface SpaceScope {
  spaceId: string;
}

// Kysely cannot check a column of a table named by a type parameter, so the
// helpers build their query on this view of the schema, which has only the
// columns every `SpaceTable` shares; the caller gets a query typed for the
// table it named.
type SpaceRows = Kysely<Record<string, { id: string; spaceId: string }>>;

/** `select … from table where space_id = ?`, ready for more filters and a selection. */
export function inSpace<K extends SpaceTable>(
  db: Kysely<DB>,
  table: K,
  scope: SpaceScope,
): SelectQueryBuilder<DB, K, Record<never, never>> {
  return (db as unknown as SpaceRows)
    .selectFrom(table as string)
    .where('spaceId', '=', scope.spaceId);
}

/** `where id = ?` for a query on a table named by a type parameter. */
export function byId(id: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any space table
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => eb(sql.ref('id'), '=', id);
}

/** Changes one row, found by its id inside the space. */
export async function updateInSpace<K extends SpaceTable>(
  db: Kysely<DB>,
  table: K,
  scope: SpaceScope,
  id: string,
  fields: Updateable<DB[K]>,
): Promise<void> {
  await (db as unknown as SpaceRows)
    .updateTable(table as string)
    .set(fields as Record<string, never>)
    .where('spaceId', '=', scope.spaceId)
    .where('id', '=', id)
    .execute();
}
