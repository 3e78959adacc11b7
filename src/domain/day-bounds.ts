/**
 * How far back or ahead a day someone gives may lie, per kind of day. A date
 * picker or a script can send 9999-12-31 or 0001-01-01; such a day is a typo,
 * and kept it would skew the timeline and the path. Pure: `today` is the
 * member's today in their own time zone.
 */
import type { Day } from './calendar.js';

export const DAY_BOUNDS = {
  /** A breach may have happened long ago, even decades before it came to light. */
  breachYearsBack: 100,
  /** Conversations, setbacks and broken agreements happen on the path itself: recent. */
  eventYearsBack: 5,
  /** A day to look at an agreement again: a few years ahead at most. */
  reviewYearsAhead: 5,
} as const;

/** The same calendar day `years` later (earlier when negative); 29 February becomes the 28th. */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const date = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Why a day something happened cannot be taken, or null: today or earlier, and not too long ago. */
export function pastDayProblem(day: Day, today: Day, yearsBack: number): string | null {
  if (day > today) return 'must not be in the future';
  if (day < addYears(today, -yearsBack)) return `must be within the last ${yearsBack} years`;
  return null;
}

/** Why a review day cannot be taken, or null: today or later, and not too far ahead. */
export function reviewDayProblem(day: Day, today: Day): string | null {
  if (day < today) return 'must be today or later';
  const years = DAY_BOUNDS.reviewYearsAhead;
  if (day > addYears(today, years)) return `must be within ${years} years from today`;
  return null;
}
