/**
 * When a reminder fires: a local time ("HH:MM") on chosen weekdays, in the
 * member's IANA time zone, turned into instants. Pure, no I/O; the runtime's
 * time zone data (Intl) is the only source of offsets.
 *
 * Daylight saving time:
 * - A local time that does not exist (the spring-forward gap, 02:30 in Berlin
 *   on the last Sunday of March) fires at the first valid minute after it:
 *   the moment the clocks jump, 03:00.
 * - A local time that happens twice (fall back) fires once, at the first.
 *
 * Quiet hours (start–end, may wrap midnight): a reminder whose time falls in
 * them is skipped for that day, not moved (docs/decisions/047): moving it to
 * the end of quiet hours could carry "today's" reminder into the next day.
 */
import { addDays, dayIn, type Day } from './calendar.js';
import { weekdayOf, type Weekday } from './commitments/schedule.js';

/** Minutes after local midnight, 0–1439. */
export type LocalMinutes = number;

export interface QuietHours {
  start: string;
  end: string;
}

export interface ReminderSchedule {
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  days: readonly Weekday[];
  /** Local time, "HH:MM" (24 hours). */
  time: string;
  timeZone: string;
  quietHours: QuietHours | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

export function minutesOf(time: string): LocalMinutes {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Not a local time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Whether a local time is inside quiet hours. Start is inside, end is not;
 * 22:00–07:00 wraps midnight; equal start and end mean no quiet hours.
 */
export function inQuietHours(minutes: LocalMinutes, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    // Zone names come from members' settings, already checked; bound it anyway.
    if (wallFormatters.size < 2000) wallFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallTime {
  day: Day;
  minutes: LocalMinutes;
}

/** The local calendar day and time of day of an instant in a zone. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const parts = wallFormatter(timeZone).formatToParts(instant);
  const pick = (type: string) => parts.find((part) => part.type === type)?.value ?? '0';
  return {
    day: `${pick('year')}-${pick('month')}-${pick('day')}`,
    minutes: Number(pick('hour')) * 60 + Number(pick('minute')),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const parts = wallFormatter(timeZone).formatToParts(new Date(ms));
  const pick = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    pick('year'),
    pick('month') - 1,
    pick('day'),
    pick('hour'),
    pick('minute'),
    pick('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/**
 * The instant a local day and time happen in a zone: the first of two in a
 * fall-back overlap, the end of the gap when the time does not exist.
 */
export function instantOfLocal(day: Day, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(time);
  // The wall time read as if it were UTC; the real instant is this minus the offset.
  const naive = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  // Offsets a day either side cover any transition near this time.
  const before = offsetAt(naive - DAY_MS, timeZone);
  const after = offsetAt(naive + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((ms) => {
      const wall = wallTimeOf(new Date(ms), timeZone);
      return wall.day === day && wall.minutes === minutes;
    })
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return new Date(matches[0]);
  // A gap: the clocks jumped over this time. Between reading it with the
  // later offset and with the earlier one lies the jump; find its minute.
  let low = Math.min(naive - before, naive - after);
  let high = Math.max(naive - before, naive - after);
  const offsetLow = offsetAt(low, timeZone);
  while (high - low > MINUTE) {
    const mid = low + Math.max(MINUTE, Math.floor((high - low) / 2 / MINUTE) * MINUTE);
    if (offsetAt(mid, timeZone) === offsetLow) low = mid;
    else high = mid;
  }
  return new Date(high);
}

export interface Firing {
  /** The member's local day the reminder is for. */
  day: Day;
  at: Date;
}

/** A reminder's firing on a given local day, or null when that day has none. */
export function firingOn(schedule: ReminderSchedule, day: Day): Firing | null {
  if (!schedule.days.includes(weekdayOf(day))) return null;
  const at = instantOfLocal(day, schedule.time, schedule.timeZone);
  if (inQuietHours(wallTimeOf(at, schedule.timeZone).minutes, schedule.quietHours)) return null;
  return { day, at };
}

/**
 * The next firing strictly after `after`, or null when none can come (no day
 * chosen, or every chosen time inside quiet hours).
 */
export function nextFiring(schedule: ReminderSchedule, after: Date): Firing | null {
  const today = dayIn(after, schedule.timeZone);
  // Eight days: a weekly reminder whose time today has passed comes next week.
  for (let index = 0; index <= 8; index += 1) {
    const firing = firingOn(schedule, addDays(today, index));
    if (firing && firing.at.getTime() > after.getTime()) return firing;
  }
  return null;
}
