/**
 * A commitment's schedule and its due days. Every day here is the owner's
 * local calendar day (`YYYY-MM-DD` in their time zone), so a due day never
 * moves with daylight saving time or with the server's zone. Pure.
 */
import { addDays, daysBetween, type Day } from '../calendar.js';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Schedule =
  | { kind: 'daily' }
  | { kind: 'weekdays'; weekdays: Weekday[] }
  /** N occasions a week, on days the owner chooses: each day may hold one. */
  | { kind: 'times-a-week'; times: number };

/** The ISO weekday of a calendar day. */
export function weekdayOf(day: Day): Weekday {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const sunday0 = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

/** The Monday that starts the ISO week of a day: weeks are counted Monday to Sunday. */
export function weekStartOf(day: Day): Day {
  return addDays(day, 1 - weekdayOf(day));
}

/** How many due days a week the schedule has, for the strength's step size. */
export function duePerWeek(schedule: Schedule): number {
  switch (schedule.kind) {
    case 'daily':
      return 7;
    case 'weekdays':
      return new Set(schedule.weekdays).size;
    case 'times-a-week':
      return schedule.times;
  }
}

/**
 * Whether a day can carry a mark by the schedule alone: every day for a daily
 * or N-times-a-week commitment (the week's cap is checked against the marks),
 * only the chosen weekdays otherwise.
 */
export function isScheduledDay(schedule: Schedule, day: Day): boolean {
  return schedule.kind !== 'weekdays' || schedule.weekdays.includes(weekdayOf(day));
}

/** A change of a commitment's state, on the owner's local day it happened. */
export interface StatusChange {
  status: 'active' | 'paused' | 'ended';
  day: Day;
}

/**
 * Whether the commitment was in force on a day: on or after the day it was
 * made, not in a pause, not after it ended. `changes` start with the making
 * ('active' on the first day) and are in order. A day on which it was paused
 * or ended is no longer in force; the day it was resumed is.
 */
export function inForceOn(changes: readonly StatusChange[], day: Day): boolean {
  let status: StatusChange['status'] | null = null;
  for (const change of changes) {
    if (change.day > day) break;
    status = change.status;
  }
  return status === 'active';
}

export type DueReason = 'not-yet' | 'in-the-future' | 'not-in-force' | 'not-scheduled';

/** Why a day cannot be marked, or null when it can (the week's cap aside). */
export function whyNotDue(
  schedule: Schedule,
  changes: readonly StatusChange[],
  day: Day,
  today: Day,
): DueReason | null {
  if (day > today) return 'in-the-future';
  const first = changes[0]?.day;
  if (!first || day < first) return 'not-yet';
  if (!inForceOn(changes, day)) return 'not-in-force';
  if (!isScheduledDay(schedule, day)) return 'not-scheduled';
  return null;
}

/** The days from `from` to `to` inclusive, in order. */
export function daysFrom(from: Day, to: Day): Day[] {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => addDays(from, index));
}

/** Days the commitment was in force up to today: how long it has been held. */
export function daysHeld(changes: readonly StatusChange[], today: Day): number {
  const first = changes[0]?.day;
  if (!first || first > today) return 0;
  return daysFrom(first, today).filter((day) => inForceOn(changes, day)).length;
}
