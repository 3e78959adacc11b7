/**
 * "Answer privately, then reveal": a partner's check-in answers for a day are
 * shown to the viewer only once the viewer has checked in that day too, or once
 * that day is over in the viewer's own time zone. It keeps answers honest: nobody
 * can tune their answer to what the other said.
 */
import { isDayOver, type Day } from './calendar.js';

export interface RevealContext {
  /** The day the partner's check-in belongs to. */
  day: Day;
  /** Whether the viewer has a check-in of their own for that day. */
  viewerCheckedIn: boolean;
  now: Date;
  viewerTimeZone: string;
}

export function isPartnerCheckInRevealed(context: RevealContext): boolean {
  return context.viewerCheckedIn || isDayOver(context.day, context.now, context.viewerTimeZone);
}
