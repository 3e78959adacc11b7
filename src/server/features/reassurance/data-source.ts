/**
 * Requests for reassurance in "your data": the member's own, wherever they
 * asked, and their current space's. A request holds no words, only when it
 * was asked and whether it was answered. Deleting the account removes the
 * member's own (cascade); leaving removes none (like notes, they are shared).
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const reassuranceDataSource: MemberDataSource = {
  async export({ db, memberId, spaceId, reader }) {
    const rows = await db
      .selectFrom('reassuranceRequests')
      .selectAll()
      .where(unsafeExportScope(memberId, spaceId, reader))
      .orderBy('createdAt')
      .execute();
    return {
      reassurance_requests: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        askedBy: row.authorId,
        day: row.day,
        answeredAt: row.answeredAt,
        answerNoteId: row.answerNoteId,
        createdAt: row.createdAt,
      })),
    };
  },
};
