/**
 * Forgiveness reflections and statements in "your data": the member's own
 * (private or shared), and the partner's only where the partner shared them.
 *
 * Leaving a space: the leaver's private reflections and an unshared statement
 * leave with them (removed from the space, as every private entry is); what
 * they chose to share stays, like every shared entry.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';
import { answersOf } from './reads.js';
import { scoreReflection } from '../../../domain/forgiveness.js';

export const forgivenessDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [reflections, statements] = await Promise.all([
      db.selectFrom('forgivenessReflections').selectAll().where(scope).orderBy('day').execute(),
      db
        .selectFrom('forgivenessStatements')
        .selectAll()
        .where(scope)
        .orderBy('createdAt')
        .execute(),
    ]);
    return {
      forgiveness_reflections: reflections.map((row) => {
        const answers = answersOf(cipher, row);
        return {
          id: row.id,
          spaceId: row.spaceId,
          authorId: row.authorId,
          day: row.day,
          answers,
          scores: scoreReflection(answers),
          shared: row.visibility === 'shared',
          therapistMaySee: row.therapistVisible === 1,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        };
      }),
      forgiveness_statements: statements.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        authorId: row.authorId,
        text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
        shared: row.visibility === 'shared',
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
    };
  },

  async onLeave(db, spaceId, memberId) {
    for (const table of ['forgivenessReflections', 'forgivenessStatements'] as const) {
      await db
        .deleteFrom(table)
        .where('spaceId', '=', spaceId)
        .where('authorId', '=', memberId)
        .where('visibility', '=', 'private')
        .execute();
    }
  },
};
