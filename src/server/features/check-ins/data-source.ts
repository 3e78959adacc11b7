/** Check-ins in "your data": the member's own, and the partner's revealed shared answers. */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { readableNote } from './readable-note.js';
import { revealedTo } from './revealed-to.js';

export const checkInsDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader, now, timeZone }) {
    let query = db.selectFrom('checkIns').selectAll().where('memberId', '=', memberId);
    if (spaceId) {
      // The member's own check-ins anywhere, plus the partner's in the current space.
      query = db
        .selectFrom('checkIns')
        .selectAll()
        .where((eb) => eb.or([eb('memberId', '=', memberId), eb('spaceId', '=', spaceId)]));
    }
    const all = await query.orderBy('day').execute();
    // "Answer privately, then reveal" holds in the export too.
    const rows = revealedTo(all, { memberId, timeZone }, now);
    return {
      check_ins: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        memberId: row.memberId,
        day: row.day,
        trust: row.trust,
        honesty: row.honesty,
        reliability: row.reliability,
        openness: row.openness,
        safety: row.safety,
        reassured: row.reassured,
        perceivedTrust: row.perceivedTrust,
        effort: row.effort,
        talkedOpenly: row.talkedOpenly === null ? null : row.talkedOpenly === 1,
        note: readableNote(row, reader, cipher),
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
    };
  },

  async onLeave(db, spaceId, memberId) {
    // A check-in's answers are shared with the partner; only a private note is
    // the leaver's alone, so the note goes and the answers stay.
    await db
      .updateTable('checkIns')
      .set({ noteText: null, noteVisibility: null })
      .where('spaceId', '=', spaceId)
      .where('memberId', '=', memberId)
      .where('noteVisibility', '=', 'private')
      .execute();
  },
};
