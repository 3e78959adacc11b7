/**
 * Commitments in "your data": the space's commitments with their changes,
 * marks and reviews (all shared by nature, so both partners' are the member's
 * to export while they are in the space, and their own wherever they were).
 * Leaving changes nothing: a promise kept in the open stays in the space, as
 * setbacks do; deleting an account takes the owner's commitments with it.
 */
import { spaceRowBinding } from '../../platform/crypto/field-cipher.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const commitmentsDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [commitments, changes, marks, reviews] = await Promise.all([
      db.selectFrom('commitments').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('commitmentChanges').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('commitmentMarks').selectAll().where(scope).orderBy('day').execute(),
      db
        .selectFrom('commitmentMarkReviews')
        .selectAll()
        .where(scope)
        .orderBy('createdAt')
        .execute(),
    ]);
    return {
      commitments: commitments.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        ownerId: row.authorId,
        text: cipher.decrypt(row.text, spaceRowBinding(row)),
        schedule: row.scheduleKind,
        weekdays: row.weekdays,
        timesPerWeek: row.timesPerWeek,
        needId: row.needId,
        status: row.status,
        startedOn: row.startedOn,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      commitment_changes: changes.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        commitmentId: row.commitmentId,
        authorId: row.authorId,
        status: row.status,
        day: row.day,
        createdAt: row.createdAt,
      })),
      commitment_marks: marks.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        commitmentId: row.commitmentId,
        authorId: row.authorId,
        day: row.day,
        outcome: row.outcome,
        note: cipher.decryptNullable(row.note, spaceRowBinding(row)),
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      commitment_mark_reviews: reviews.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        markId: row.markId,
        commitmentId: row.commitmentId,
        authorId: row.authorId,
        verdict: row.verdict,
        note: cipher.decryptNullable(row.note, spaceRowBinding(row)),
        answer: cipher.decryptNullable(row.answer, spaceRowBinding(row)),
        answeredAt: row.answeredAt,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
    };
  },
};
