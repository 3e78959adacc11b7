/**
 * "Answer privately, then reveal" for conversation ratings, the same rule as
 * check-ins (`domain/reveal.ts`): a partner's "felt safe / felt heard" for a
 * conversation shows once the viewer has rated that conversation too, or once
 * the day the partner rated it is over in the viewer's own time zone.
 */
import { dayIn } from '../calendar.js';
import { isPartnerCheckInRevealed } from '../reveal.js';

export interface RatingRevealContext {
  /** When the partner first rated the conversation (UTC instant). */
  ratedAt: Date;
  /** Whether the viewer has rated the same conversation. */
  viewerRated: boolean;
  now: Date;
  viewerTimeZone: string;
}

export function isPartnerRatingRevealed(context: RatingRevealContext): boolean {
  return isPartnerCheckInRevealed({
    day: dayIn(context.ratedAt, context.viewerTimeZone),
    viewerCheckedIn: context.viewerRated,
    now: context.now,
    viewerTimeZone: context.viewerTimeZone,
  });
}
