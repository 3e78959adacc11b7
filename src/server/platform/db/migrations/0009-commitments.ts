/**
 * Consistency (step 5): commitments, their changes of state (made, paused,
 * resumed, ended — nothing is deleted), the owner's mark on each due day and
 * the partner's review of a mark, with the owner's answer to a question.
 *
 * One mark per commitment and day and one review per mark are unique keys, so
 * a phone that retries writes once. Everything goes with its commitment, and a
 * commitment with its owner's account; a reviewer's review goes with theirs.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { createContentTable, oneOf } from '../content-columns.js';
import { instantType } from '../dialect.js';

const author = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('members.id').onDelete('cascade');
const partOf = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
const STATUSES = ['active', 'paused', 'ended'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const index = async (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();

  await createContentTable(
    db,
    'commitments',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('author_id', 'text', author)
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn(
          'schedule_kind',
          'text',
          oneOf('schedule_kind', ['daily', 'weekdays', 'times-a-week']),
        )
        .addColumn('weekdays', 'text')
        .addColumn('times_per_week', 'integer', (c) =>
          c.check(sql`times_per_week is null or times_per_week between 1 and 7`),
        )
        // A need of the partner's; kept as an id so a retired need leaves the promise standing.
        .addColumn('need_id', 'text')
        .addColumn('status', 'text', oneOf('status', STATUSES))
        .addColumn('started_on', 'text', (c) => c.notNull()),
  ).execute();
  await index('commitments_space', 'commitments', ['space_id', 'created_at']);

  await createContentTable(
    db,
    'commitment_changes',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('commitment_id', 'text', partOf('commitments'))
        .addColumn('author_id', 'text', author)
        .addColumn('status', 'text', oneOf('status', STATUSES))
        .addColumn('day', 'text', (c) => c.notNull()),
  ).execute();
  await index('commitment_changes_commitment', 'commitment_changes', [
    'commitment_id',
    'created_at',
  ]);

  await createContentTable(
    db,
    'commitment_marks',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('commitment_id', 'text', partOf('commitments'))
        .addColumn('author_id', 'text', author)
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', oneOf('outcome', ['kept', 'missed']))
        .addColumn('note', 'text'),
  )
    .addUniqueConstraint('commitment_marks_one_a_day', ['commitment_id', 'day'])
    .execute();
  await index('commitment_marks_space', 'commitment_marks', ['space_id', 'commitment_id']);

  await createContentTable(
    db,
    'commitment_mark_reviews',
    { defaultVisibility: 'shared', updatedAt: true },
    (t) =>
      t
        .addColumn('mark_id', 'text', partOf('commitment_marks'))
        .addColumn('commitment_id', 'text', partOf('commitments'))
        .addColumn('author_id', 'text', author)
        .addColumn('verdict', 'text', oneOf('verdict', ['confirmed', 'questioned']))
        .addColumn('note', 'text')
        .addColumn('answer', 'text')
        .addColumn('answered_at', instantType(db)),
  )
    .addUniqueConstraint('commitment_mark_reviews_one_each', ['mark_id'])
    .execute();
  await index('commitment_mark_reviews_space', 'commitment_mark_reviews', [
    'space_id',
    'commitment_id',
  ]);
}

export async function down(): Promise<void> {
  // Forward-only.
}
