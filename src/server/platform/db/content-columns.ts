/**
 * The columns every content table shares, for migrations: an id, the space it
 * belongs to, the visibility rule's columns (read by `visibility.ts`) and when
 * it was written. A migration names only what is particular to its table.
 *
 * Migrations that have run depend on what these helpers emit: change one only
 * if the schema it builds stays the same, or add a new helper instead.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { instantType } from './dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a builder at any stage of the table
export type TableBuilder = CreateTableBuilder<any, any>;

/** A 0/1 column, optionally with a default. */
export const flag = (column: string, dflt?: 0 | 1) => (c: ColumnDefinitionBuilder) => {
  const notNull = c.notNull().check(sql`${sql.ref(column)} in (0, 1)`);
  return dflt === undefined ? notNull : notNull.defaultTo(dflt);
};

/** A required text column limited to the given values. */
export const oneOf = (column: string, values: readonly string[]) => (c: ColumnDefinitionBuilder) =>
  c.notNull().check(sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`);

export interface ContentTableOptions {
  /** What a new row is when its author says nothing. */
  defaultVisibility: 'private' | 'shared';
  /** Rows that can be changed after they are written also record when. */
  updatedAt: boolean;
}

/**
 * Starts `create table` with `id` and `space_id`, lets `columns` add the
 * table's own columns, then adds `visibility`, `therapist_visible`,
 * `created_at` (and `updated_at`). The caller adds constraints and executes.
 */
export function createContentTable(
  db: Kysely<unknown>,
  name: string,
  options: ContentTableOptions,
  columns: (table: TableBuilder) => TableBuilder,
): TableBuilder {
  const instant = instantType(db);
  const started: TableBuilder = db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'));
  const table = columns(started)
    .addColumn('visibility', 'text', (c) =>
      oneOf('visibility', ['private', 'shared'])(c).defaultTo(options.defaultVisibility),
    )
    .addColumn('therapist_visible', 'integer', flag('therapist_visible', 0))
    .addColumn('created_at', instant, (c) => c.notNull());
  return options.updatedAt ? table.addColumn('updated_at', instant, (c) => c.notNull()) : table;
}
