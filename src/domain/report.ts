/**
 * The report for a therapist, as pure rules: the period it covers (three
 * months unless chosen, at most two years) and the weekly averages of check-in
 * ratings its chart draws. No I/O.
 */
import { addDays, daysBetween, type Day } from './calendar.js';

/** The longest period a report covers: two years, a leap day included. */
export const REPORT_MAX_DAYS = 731;
export const REPORT_DEFAULT_MONTHS = 3;

/** The day `months` calendar months before `day`, kept inside a shorter month (05-31 → 02-28). */
export function monthsBefore(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastOfMonth = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastOfMonth));
  return first.toISOString().slice(0, 10);
}

export type PeriodProblem = 'to-before-from' | 'too-long';

/** The period asked for, with its defaults: the last three months up to today. */
export function reportPeriod(
  asked: { from?: Day | undefined; to?: Day | undefined },
  today: Day,
): { from: Day; to: Day } | { problem: PeriodProblem } {
  const to = asked.to ?? today;
  const from = asked.from ?? addDays(monthsBefore(to, REPORT_DEFAULT_MONTHS), 1);
  if (from > to) return { problem: 'to-before-from' };
  if (daysBetween(from, to) >= REPORT_MAX_DAYS) return { problem: 'too-long' };
  return { from, to };
}

/** The Monday of the week a day falls in (ISO weeks). */
export function weekStartOf(day: Day): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

export const TREND_RATINGS = ['trust', 'honesty', 'reliability', 'openness'] as const;
export type TrendRating = (typeof TREND_RATINGS)[number];

export interface RatedDay {
  memberId: string;
  day: Day;
  trust: number | null;
  honesty: number | null;
  reliability: number | null;
  openness: number | null;
}

export type WeekAverages = Record<TrendRating, number | null> & { days: number };

export interface TrendWeek {
  weekStart: Day;
  mine: WeekAverages | null;
  partner: WeekAverages | null;
}

/** A check-in with none of the four ratings (words only) counts for nothing here. */
function averages(all: RatedDay[]): WeekAverages | null {
  const rows = all.filter((row) => TREND_RATINGS.some((name) => row[name] !== null));
  if (rows.length === 0) return null;
  const result = { days: rows.length } as WeekAverages;
  for (const name of TREND_RATINGS) {
    const given = rows.map((row) => row[name]).filter((value): value is number => value !== null);
    result[name] =
      given.length === 0
        ? null
        : Math.round((given.reduce((sum, value) => sum + value, 0) / given.length) * 10) / 10;
  }
  return result;
}

/**
 * One entry per week touching the period, oldest first, with the reader's and
 * the partner's averages. The rows must already be the ones the reader may see.
 */
export function weeklyTrends(
  rows: RatedDay[],
  readerId: string,
  period: { from: Day; to: Day },
): TrendWeek[] {
  const weeks: TrendWeek[] = [];
  const inPeriod = rows.filter((row) => row.day >= period.from && row.day <= period.to);
  for (let start = weekStartOf(period.from); start <= period.to; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    const week = inPeriod.filter((row) => row.day >= start && row.day <= end);
    weeks.push({
      weekStart: start,
      mine: averages(week.filter((row) => row.memberId === readerId)),
      partner: averages(week.filter((row) => row.memberId !== readerId)),
    });
  }
  return weeks;
}
