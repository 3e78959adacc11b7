/**
 * Trust measures (issue 10):
 *
 * - `check_ins.perceived_trust` (1–7): "How much do you think your partner
 *   trusts you today?", answered only by a partner who broke trust in a
 *   breach; the same reveal rule as the day's other ratings.
 * - `trust_questionnaires`: the monthly questionnaire, one per member per
 *   calendar month of their time zone (a unique key, so a retried write meets
 *   the row already there). Private unless its author shares it. The six
 *   answers are encrypted, as JSON. The author column cascades, so deleting an
 *   account removes its questionnaires.
 */
import { sql, type Kysely } from 'kysely';
import { createContentTable } from '../content-columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('check_ins')
    .addColumn('perceived_trust', 'integer', (c) => c.check(sql`perceived_trust between 1 and 7`))
    .execute();

  await createContentTable(
    db,
    'trust_questionnaires',
    { defaultVisibility: 'private', updatedAt: true },
    (t) =>
      t
        .addColumn('author_id', 'text', (c) =>
          c.notNull().references('members.id').onDelete('cascade'),
        )
        // `YYYY-MM` of the author's local day when it was first written.
        .addColumn('month', 'text', (c) => c.notNull())
        // The author's local day it was last written on.
        .addColumn('day', 'text', (c) => c.notNull())
        // Encrypted: the six answers, as JSON.
        .addColumn('answers', 'text', (c) => c.notNull()),
  )
    .addUniqueConstraint('trust_questionnaires_one_a_month', ['space_id', 'author_id', 'month'])
    .execute();
  await db.schema
    .createIndex('trust_questionnaires_author')
    .on('trust_questionnaires')
    .columns(['author_id', 'month'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
