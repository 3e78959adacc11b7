/** Agreements with every version, answer and break, in "your data". */
import { spaceRowBinding } from '../../platform/crypto/field-cipher.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const agreementsDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [agreements, versions, answers, breaks] = await Promise.all([
      db.selectFrom('agreements').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('agreementVersions').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('agreementAnswers').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('agreementBreaks').selectAll().where(scope).orderBy('createdAt').execute(),
    ]);
    return {
      agreements: agreements.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        proposedBy: row.authorId,
        createdAt: row.createdAt,
      })),
      agreement_versions: versions.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        agreementId: row.agreementId,
        authorId: row.authorId,
        version: row.version,
        kind: row.kind,
        text: cipher.decryptNullable(row.text, spaceRowBinding(row)),
        reviewOn: row.reviewOn,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      agreement_answers: answers.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        agreementId: row.agreementId,
        versionId: row.versionId,
        authorId: row.authorId,
        answer: row.answer,
        comment: cipher.decryptNullable(row.comment, spaceRowBinding(row)),
        createdAt: row.createdAt,
      })),
      agreement_breaks: breaks.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        agreementId: row.agreementId,
        versionId: row.versionId,
        reportedBy: row.authorId,
        kind: row.kind,
        brokenBy: row.brokenById,
        day: row.day,
        note: cipher.decryptNullable(row.note, spaceRowBinding(row)),
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
      })),
    };
  },
};
