/** Impact statements, apologies and how understood they made the hurt partner feel. */
import { spaceRowBinding } from '../../platform/crypto/field-cipher.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const apologiesDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [statements, apologies, ratings] = await Promise.all([
      db.selectFrom('impactStatements').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('apologies').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('apologyRatings').selectAll().where(scope).orderBy('createdAt').execute(),
    ]);
    return {
      impact_statements: statements.map((row) => ({
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
      apologies: apologies.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        breachId: row.breachId,
        authorId: row.authorId,
        impactStatementId: row.impactStatementId,
        version: row.version,
        parts: {
          whatHappened: cipher.decrypt(row.whatHappened, spaceRowBinding(row)),
          impact: cipher.decrypt(row.impact, spaceRowBinding(row)),
          responsibility: cipher.decrypt(row.responsibility, spaceRowBinding(row)),
          whatWillChange: cipher.decrypt(row.whatWillChange, spaceRowBinding(row)),
        },
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      apology_ratings: ratings.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        apologyId: row.apologyId,
        breachId: row.breachId,
        authorId: row.authorId,
        understood: row.understood,
        anotherTry: row.anotherTry === 1,
        comment: cipher.decryptNullable(row.comment, spaceRowBinding(row)),
        createdAt: row.createdAt,
      })),
    };
  },
};
