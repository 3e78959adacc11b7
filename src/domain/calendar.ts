/**
 * Calendar days and time zones. A "day" is a `YYYY-MM-DD` string in a member's
 * IANA time zone; instants are `Date`s (UTC). Pure functions, no I/O.
 */

export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const zoneCache = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = zoneCache.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      formatter = null;
    }
    // The cache is bounded by the number of distinct valid and invalid names
    // we are asked about; cap it so hostile input cannot grow it without end.
    if (zoneCache.size < 2000) zoneCache.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * True for an IANA zone name the runtime knows ("Europe/Berlin", "UTC").
 * Offsets such as "+02:00" are refused: they do not follow daylight saving time.
 */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64 || /^[+-]\d/.test(value)) return false;
  return formatterFor(value) !== null;
}

/** The runtime's canonical spelling of a zone name ("europe/berlin" → "Europe/Berlin"). */
export function canonicalTimeZone(value: string): string | null {
  if (!isTimeZone(value)) return null;
  return formatterFor(value)?.resolvedOptions().timeZone ?? null;
}

/** The calendar day an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): Day {
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const parts = formatter.formatToParts(instant);
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${pick('year')}-${pick('month')}-${pick('day')}`;
}

/** The day `count` days after `day` (negative for before). Pure calendar arithmetic. */
export function addDays(day: Day, count: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + count));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  const toUtc = (day: Day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** True once `day` has ended in `timeZone` at `now`. */
export function isDayOver(day: Day, now: Date, timeZone: string): boolean {
  return dayIn(now, timeZone) > day;
}
