/**
 * "Answer privately, then reveal" over a list of check-ins: the viewer's own,
 * and the partner's for days the viewer has checked in too or that are over in
 * the viewer's time zone. The API and the export both filter through this.
 */
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';

interface DayRow {
  memberId: string;
  day: string;
}

export function revealedTo<Row extends DayRow>(
  rows: Row[],
  viewer: { memberId: string; timeZone: string },
  now: Date,
): Row[] {
  const viewerDays = new Set(rows.filter((r) => r.memberId === viewer.memberId).map((r) => r.day));
  return rows.filter(
    (row) =>
      row.memberId === viewer.memberId ||
      isPartnerCheckInRevealed({
        day: row.day,
        viewerCheckedIn: viewerDays.has(row.day),
        now,
        viewerTimeZone: viewer.timeZone,
      }),
  );
}
