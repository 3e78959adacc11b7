/**
 * Check-ins a therapist may see: those their author flagged "therapist may
 * see". Their ratings, and the note only when it is shared as well.
 */
import { canRead } from '../../../domain/visibility.js';
import type { TherapistViewSource } from '../therapist/view-sources.js';

export const checkInsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }) {
    const rows = await db
      .selectFrom('checkIns')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where('therapistVisible', '=', 1)
      .orderBy('day', 'desc')
      .limit(400)
      .execute();
    return rows.map((row) => {
      const noteVisible =
        row.noteText !== null &&
        row.noteVisibility !== null &&
        canRead(
          { authorId: row.memberId, visibility: row.noteVisibility, therapistMaySee: true },
          reader,
        );
      return {
        kind: 'check-in',
        id: row.id,
        authorId: row.memberId,
        day: row.day,
        createdAt: row.createdAt,
        facts: {
          trust: row.trust,
          honesty: row.honesty,
          reliability: row.reliability,
          openness: row.openness,
          safety: row.safety,
          effort: row.effort,
          talkedOpenly: row.talkedOpenly === null ? null : row.talkedOpenly === 1,
        },
        text: noteVisible
          ? cipher.decrypt(row.noteText!, { rowId: row.id, spaceId: row.spaceId })
          : null,
      };
    });
  },
};
