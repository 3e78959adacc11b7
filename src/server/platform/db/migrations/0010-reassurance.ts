/**
 * Reassurance (step 9 of the path): "I felt reassured" (1–7) on the check-in,
 * under the same reveal rule as its other ratings, and the requests "I could
 * use some reassurance today".
 *
 * A request carries no words: only who asked, for which of their days, and
 * whether and with which note the partner answered. One per member and day is
 * a unique key, so a double tap or a retry meets the row already there. The
 * answer is a conditional update (answered_at is null), so it is written once.
 * A request goes with its asker's account; an answer by someone who left
 * keeps its time and loses the name, and a deleted note leaves the answer time.
 */
import { sql, type Kysely } from 'kysely';
import { createContentTable } from '../content-columns.js';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);
  await db.schema
    .alterTable('check_ins')
    .addColumn('reassured', 'integer', (c) => c.check(sql`reassured between 1 and 7`))
    .execute();

  await createContentTable(
    db,
    'reassurance_requests',
    { defaultVisibility: 'shared', updatedAt: false },
    (t) =>
      t
        .addColumn('author_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        // The asker's own calendar day, in their time zone.
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('answered_at', instant)
        .addColumn('answered_by', 'text', (c) => c.references('members.id').onDelete('set null'))
        .addColumn('answer_note_id', 'text', (c) => c.references('notes.id').onDelete('set null'))
        .addUniqueConstraint('reassurance_requests_one_a_day', ['space_id', 'author_id', 'day']),
  ).execute();
  await db.schema
    .createIndex('reassurance_requests_space_created')
    .on('reassurance_requests')
    .columns(['space_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
