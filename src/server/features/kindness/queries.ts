/**
 * Note rows: the writes, and the reads only this feature needs (what other
 * features read is in `reads.ts`). Every query takes the space id. A note is
 * never changed except for its one appreciation, and never deleted.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import type { NotesTable } from '../../platform/db/schema-kindness.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

export type NoteRow = Selectable<NotesTable>;

export async function insertNote(db: Kysely<DB>, row: NoteRow): Promise<void> {
  await db.insertInto('notes').values(row).execute();
}

export function findNote(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return findVisible(db, 'notes', { spaceId, reader }, id);
}

export function listNotes(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'notes', { spaceId, reader })
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * The one appreciation of a note, by someone other than its author. The
 * condition is in the update itself, so two taps or a retry write once.
 */
export async function markAppreciated(
  db: Kysely<DB>,
  spaceId: string,
  noteId: string,
  memberId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('notes')
    .set({ appreciatedAt: at, appreciatedBy: memberId })
    .where('spaceId', '=', spaceId)
    .where('id', '=', noteId)
    .where('authorId', '!=', memberId)
    .where('appreciatedAt', 'is', null)
    .execute();
}
