/**
 * Trust questionnaires in "your data": the member's own (private or shared),
 * and the partner's only where the partner shared them.
 *
 * Leaving a space: the leaver's private questionnaires leave with them
 * (removed from the space, as every private entry is); the ones they chose to
 * share stay, like every shared entry. Deleting the account removes them all
 * (the author column cascades).
 */
import { scoreTrustQuestionnaire } from '../../../domain/trust-questionnaire.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';
import { trustAnswersOf } from './reads.js';

export const trustQuestionnaireDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const rows = await db
      .selectFrom('trustQuestionnaires')
      .selectAll()
      .where(unsafeExportScope(memberId, spaceId, reader))
      .orderBy('month')
      .orderBy('createdAt')
      .execute();
    return {
      trust_questionnaires: rows.map((row) => {
        const answers = trustAnswersOf(cipher, row);
        return {
          id: row.id,
          spaceId: row.spaceId,
          authorId: row.authorId,
          month: row.month,
          day: row.day,
          answers,
          scores: scoreTrustQuestionnaire(answers),
          shared: row.visibility === 'shared',
          therapistMaySee: row.therapistVisible === 1,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        };
      }),
    };
  },

  async onLeave(db, spaceId, memberId) {
    await db
      .deleteFrom('trustQuestionnaires')
      .where('spaceId', '=', spaceId)
      .where('authorId', '=', memberId)
      .where('visibility', '=', 'private')
      .execute();
  },
};
