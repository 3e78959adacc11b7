/** Which day a member may write a check-in for. */
import { addDays, dayIn, type Day } from './calendar.js';

/**
 * Today in the member's zone, or yesterday: a check-in written just before
 * midnight on a phone that was offline still lands on the day it was written.
 * Older days stay as they were; they have been revealed to the partner already.
 */
export function writableCheckInDays(now: Date, timeZone: string): { today: Day; earliest: Day } {
  const today = dayIn(now, timeZone);
  return { today, earliest: addDays(today, -1) };
}

export function isWritableCheckInDay(day: Day, now: Date, timeZone: string): boolean {
  const { today, earliest } = writableCheckInDays(now, timeZone);
  return day >= earliest && day <= today;
}
