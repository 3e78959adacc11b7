/**
 * Recent weeks for the path's rules: weeks of seven days ending today (the
 * reader's day), newest first, each holding the members who did something in
 * it. Steps 2, 7 and 9 count weeks this one way.
 */
import { daysBetween, type Day } from '../calendar.js';

export function weeksWith(
  today: Day,
  weeks: number,
  entries: readonly { memberId: string; day: Day }[],
): Set<string>[] {
  const sets = Array.from({ length: weeks }, () => new Set<string>());
  for (const entry of entries) {
    const back = daysBetween(entry.day, today);
    if (back < 0 || back >= weeks * 7) continue;
    sets[Math.floor(back / 7)]!.add(entry.memberId);
  }
  return sets;
}
