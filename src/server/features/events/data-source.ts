/**
 * The live-update events in "your data": the ones addressed to the member
 * (kinds and item ids, kept 24 hours). Deleting the account removes them
 * (recipient cascades), deleting a space removes its own; leaving a space
 * removes the leaver's events of that space, which no stream of theirs may
 * read any more. Events addressed to the partner who remains point at shared
 * items, which stay with the space.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';

export const eventsDataSource: MemberDataSource = {
  async export({ db, memberId }) {
    const rows = await db
      .selectFrom('spaceEvents')
      .select(['id', 'spaceId', 'kind', 'itemId', 'createdAt'])
      .where('recipientId', '=', memberId)
      .orderBy('id')
      .execute();
    return { space_events: rows };
  },

  async onLeave(db, spaceId, memberId) {
    await db
      .deleteFrom('spaceEvents')
      .where('spaceId', '=', spaceId)
      .where('recipientId', '=', memberId)
      .execute();
  },
};
