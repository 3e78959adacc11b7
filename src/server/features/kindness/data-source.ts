/**
 * Notes and gestures in "your data": the ones the member sent, wherever, and
 * the ones of their current space. Notes are shared by nature, so leaving a
 * space removes none (they stay with the partner who received them, like
 * setbacks); deleting the account removes the member's own (cascade).
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const notesDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const rows = await db
      .selectFrom('notes')
      .selectAll()
      .where(unsafeExportScope(memberId, spaceId, reader))
      .orderBy('createdAt')
      .execute();
    return {
      notes: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        sentBy: row.authorId,
        kind: row.kind,
        gestureKind: row.gestureKind,
        text: cipher.decryptNullable(row.text, { rowId: row.id, spaceId: row.spaceId }),
        phraseId: row.phraseId,
        appreciatedAt: row.appreciatedAt,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
      })),
    };
  },
};
