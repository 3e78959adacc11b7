/**
 * Positive behaviour (step 6 of the path): notes and gestures one partner
 * sends the other, and the partner's appreciation of each.
 *
 * Notes are shared by nature, so `visibility` defaults to shared and the app
 * never writes anything else. The text is encrypted by the app. Appreciation
 * lives on the note itself (`appreciated_at`, `appreciated_by`): one column
 * pair per note is the unique constraint — a note can be appreciated once,
 * and the write is a conditional update, so a retry writes nothing new.
 * Deleting an account: the author's notes go with them (cascade); an
 * appreciation by someone who left keeps its time and loses the name.
 */
import { sql, type Kysely } from 'kysely';
import { createContentTable, oneOf } from '../content-columns.js';
import { instantType } from '../dialect.js';

const NOTE_KINDS = ['note', 'gesture', 'affirmation'] as const;
const GESTURE_KINDS = ['affection', 'quality-time', 'help', 'being-available', 'other'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);
  await createContentTable(db, 'notes', { defaultVisibility: 'shared', updatedAt: false }, (t) =>
    t
      .addColumn('author_id', 'text', (c) =>
        c.notNull().references('members.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', oneOf('kind', NOTE_KINDS))
      .addColumn('gesture_kind', 'text', (c) =>
        c.check(
          sql`gesture_kind is null or gesture_kind in (${sql.join(GESTURE_KINDS.map((v) => sql.lit(v)))})`,
        ),
      )
      .addColumn('text', 'text')
      .addColumn('phrase_id', 'text')
      .addColumn('appreciated_at', instant)
      .addColumn('appreciated_by', 'text', (c) => c.references('members.id').onDelete('set null')),
  ).execute();
  await db.schema
    .createIndex('notes_space_created')
    .on('notes')
    .columns(['space_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
