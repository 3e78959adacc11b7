/**
 * Check-ins a therapist may see: those their author flagged "therapist may
 * see", and only once the partner could see them too (the reveal rule, from
 * the partner's side): a therapist never learns a day's answers first. Their
 * ratings, and the note only when it is shared as well.
 */
import { dayIn } from '../../../domain/calendar.js';
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';
import type { TherapistViewSource } from '../../platform/data/therapist-view.js';
import { readableNote } from './readable-note.js';

export const checkInsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader, now }) {
    const rows = await db
      .selectFrom('checkIns')
      .selectAll()
      .where('spaceId', '=', spaceId)
      .where('therapistVisible', '=', 1)
      .orderBy('day', 'desc')
      .limit(400)
      .execute();
    const partners = await db
      .selectFrom('spaceMembers')
      .innerJoin('members', 'members.id', 'spaceMembers.memberId')
      .select(['members.id', 'members.timeZone'])
      .where('spaceMembers.spaceId', '=', spaceId)
      .where('spaceMembers.leftAt', 'is', null)
      .execute();
    const days = new Set(
      (
        await db
          .selectFrom('checkIns')
          .select(['memberId', 'day'])
          .where('spaceId', '=', spaceId)
          .where('day', 'in', rows.length ? [...new Set(rows.map((r) => r.day))] : [''])
          .execute()
      ).map((r) => `${r.memberId}|${r.day}`),
    );
    const revealed = (row: (typeof rows)[number]) => {
      const other = partners.find((p) => p.id !== row.memberId);
      // With nobody beside the author, the author's own day must be over.
      if (!other) {
        const author = partners.find((p) => p.id === row.memberId);
        return dayIn(now, author?.timeZone ?? 'Etc/GMT+12') > row.day;
      }
      return isPartnerCheckInRevealed({
        day: row.day,
        viewerCheckedIn: days.has(`${other.id}|${row.day}`),
        now,
        viewerTimeZone: other.timeZone,
      });
    };
    return rows.filter(revealed).map((row) => ({
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
        reassured: row.reassured,
        perceivedTrust: row.perceivedTrust,
        effort: row.effort,
        talkedOpenly: row.talkedOpenly === null ? null : row.talkedOpenly === 1,
      },
      text: readableNote(row, reader, cipher)?.text ?? null,
    }));
  },
};
