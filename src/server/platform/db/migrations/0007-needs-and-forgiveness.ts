/**
 * Understanding needs (step 8) and forgiveness (step 10).
 *
 * - `needs` is the stable identity of one need (commitments may name it);
 *   its words, category and importance live in `need_versions`, one row per
 *   edit, all kept. `need_acknowledgments` acknowledge one version: an edit
 *   makes a new version with none, so the new words are acknowledged again.
 *   Retiring sets `retired_at`; nothing is deleted.
 * - `forgiveness_reflections` are private unless shared; the unique key on
 *   (author, period) holds "at most one per 30-day period" in the database.
 * - `forgiveness_statements`: one per member in a space, private unless shared.
 *
 * Every author column cascades, so deleting an account removes its rows; a
 * need's versions and acknowledgments go with the need.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { createContentTable, oneOf } from '../content-columns.js';
import { instantType } from '../dialect.js';

const author = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('members.id').onDelete('cascade');
const partOf = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');

/** Written out here, not imported, so this migration stays as it ran. */
const NEED_CATEGORIES = [
  'communication',
  'quality-time',
  'emotional-support',
  'transparency',
  'space',
  'reassurance',
  'affection',
  'other',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const index = async (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();
  const instant = instantType(db);

  await createContentTable(db, 'needs', { defaultVisibility: 'shared', updatedAt: true }, (t) =>
    t.addColumn('author_id', 'text', author).addColumn('retired_at', instant),
  ).execute();
  await index('needs_space', 'needs', ['space_id', 'created_at']);

  await createContentTable(
    db,
    'need_versions',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('need_id', 'text', partOf('needs'))
        .addColumn('author_id', 'text', author)
        .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
        .addColumn('category', 'text', oneOf('category', NEED_CATEGORIES))
        .addColumn('importance', 'integer', (c) =>
          c.notNull().check(sql`importance between 1 and 3`),
        )
        // Encrypted: the need in its author's words.
        .addColumn('text', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('need_versions_version', ['need_id', 'version'])
    .execute();
  await index('need_versions_space', 'need_versions', ['space_id', 'need_id']);

  await createContentTable(
    db,
    'need_acknowledgments',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('need_id', 'text', partOf('needs'))
        .addColumn('version_id', 'text', partOf('need_versions'))
        .addColumn('author_id', 'text', author),
  )
    // A retried tap writes once.
    .addUniqueConstraint('need_acknowledgments_once', ['version_id', 'author_id'])
    .execute();
  await index('need_acknowledgments_space', 'need_acknowledgments', ['space_id', 'need_id']);

  await createContentTable(
    db,
    'forgiveness_reflections',
    { defaultVisibility: 'private', updatedAt: true },
    (t) =>
      t
        .addColumn('author_id', 'text', author)
        // The 30-day period of `day` (domain/forgiveness.ts).
        .addColumn('period', 'integer', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        // Encrypted: the nine answers, as JSON.
        .addColumn('answers', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('forgiveness_reflections_one_per_period', ['author_id', 'period'])
    .execute();
  await index('forgiveness_reflections_author', 'forgiveness_reflections', ['author_id', 'day']);

  await createContentTable(
    db,
    'forgiveness_statements',
    { defaultVisibility: 'private', updatedAt: true },
    (t) =>
      t
        .addColumn('author_id', 'text', author)
        // Encrypted.
        .addColumn('text', 'text', (c) => c.notNull()),
  )
    // One statement per member in a space: writing it again is an upsert.
    .addUniqueConstraint('forgiveness_statements_one_each', ['space_id', 'author_id'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
