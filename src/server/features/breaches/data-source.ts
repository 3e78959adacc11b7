/**
 * Breaches in "your data": breaches, severity ratings (yours, and your
 * partner's only when shared), acknowledgments and their answers.
 * Leaving a space takes your private severity ratings with you.
 */
import { spaceRowBinding } from '../../platform/crypto/field-cipher.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const breachesDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [breaches, severities, acknowledgments, responses] = await Promise.all([
      db.selectFrom('breaches').selectAll().where(scope).orderBy('createdAt').execute(),
      db
        .selectFrom('breachSeverityRatings')
        .selectAll()
        .where(scope)
        .orderBy('createdAt')
        .execute(),
      db.selectFrom('acknowledgments').selectAll().where(scope).orderBy('createdAt').execute(),
      db
        .selectFrom('acknowledgmentResponses')
        .selectAll()
        .where(scope)
        .orderBy('createdAt')
        .execute(),
    ]);
    return {
      breaches: breaches.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        recordedBy: row.authorId,
        title: cipher.decrypt(row.title, spaceRowBinding(row)),
        category: row.category,
        description: cipher.decrypt(row.description, spaceRowBinding(row)),
        day: row.day,
        cameToLight: row.cameToLight,
        brokeTrustId: row.brokeTrustId,
        hurtId: row.hurtId,
        mutual: row.mutual === 1,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      breach_severity_ratings: severities.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        breachId: row.breachId,
        authorId: row.authorId,
        severity: row.severity,
        visibility: row.visibility,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      acknowledgments: acknowledgments.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        breachId: row.breachId,
        authorId: row.authorId,
        version: row.version,
        text: cipher.decrypt(row.text, spaceRowBinding(row)),
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      acknowledgment_responses: responses.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        acknowledgmentId: row.acknowledgmentId,
        breachId: row.breachId,
        authorId: row.authorId,
        verdict: row.verdict,
        comment: cipher.decryptNullable(row.comment, spaceRowBinding(row)),
        createdAt: row.createdAt,
      })),
    };
  },

  async onLeave(db, spaceId, memberId) {
    await db
      .deleteFrom('breachSeverityRatings')
      .where('spaceId', '=', spaceId)
      .where('authorId', '=', memberId)
      .where('visibility', '=', 'private')
      .execute();
  },
};
