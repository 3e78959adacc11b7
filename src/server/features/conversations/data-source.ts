/**
 * Conversations and their ratings in "your data": your own ratings, and your
 * partner's only once revealed to you — their note only when shared. Leaving
 * a space takes your private notes with you; the numbers stay, as with check-ins.
 */
import { canRead } from '../../../domain/visibility.js';
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';
import { visibleRatings } from './service.js';

export const conversationsDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader, now, timeZone }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [conversations, allRatings] = await Promise.all([
      db.selectFrom('conversations').selectAll().where(scope).orderBy('day').execute(),
      db.selectFrom('conversationRatings').selectAll().where(scope).orderBy('createdAt').execute(),
    ]);
    // The reveal rule per conversation; your own ratings of any conversation stay.
    const byConversation = new Map<string | null, typeof allRatings>();
    for (const rating of allRatings) {
      const list = byConversation.get(rating.conversationId) ?? [];
      list.push(rating);
      byConversation.set(rating.conversationId, list);
    }
    const ratings = allRatings.filter((rating) => {
      if (rating.authorId === memberId) return true;
      const { partner } = visibleRatings(byConversation.get(rating.conversationId) ?? [], {
        reader,
        now,
        timeZone,
      });
      return partner?.id === rating.id;
    });
    return {
      conversations: conversations.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        loggedBy: row.authorId,
        day: row.day,
        topic: cipher.decrypt(row.topic, { rowId: row.id, spaceId: row.spaceId }),
        minutes: row.minutes,
        startedBy: row.startedById,
        promptId: row.promptId,
        breachId: row.breachId,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      conversation_ratings: ratings.map((row) => {
        const noteVisible =
          row.noteText !== null &&
          row.noteVisibility !== null &&
          canRead(
            {
              authorId: row.authorId,
              visibility: row.noteVisibility,
              therapistMaySee: row.therapistVisible === 1,
            },
            reader,
          );
        return {
          id: row.id,
          spaceId: row.spaceId,
          conversationId: row.conversationId,
          authorId: row.authorId,
          feltSafe: row.feltSafe,
          feltHeard: row.feltHeard,
          note: noteVisible
            ? {
                text: cipher.decrypt(row.noteText!, { rowId: row.id, spaceId: row.spaceId }),
                visibility: row.noteVisibility,
              }
            : null,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        };
      }),
    };
  },

  async onLeave(db, spaceId, memberId) {
    await db
      .updateTable('conversationRatings')
      .set({ noteText: null, noteVisibility: null })
      .where('spaceId', '=', spaceId)
      .where('authorId', '=', memberId)
      .where('noteVisibility', '=', 'private')
      .execute();
  },
};
