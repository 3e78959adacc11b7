/**
 * From what a couple recorded to the forecast's input: the severity a breach
 * is taken to have when its hurt partner has not rated it, the check-in
 * composite, and the two shares the factors need. Pure.
 */
import { addDays, daysBetween, type Day } from '../calendar.js';
import type { Severity } from './priors.js';

/**
 * The typical severity by kind of breach, after FORECAST.md's table: a lie or
 * a broken promise is minor, an emotional affair moderate, a sexual affair or
 * a financial betrayal severe. Used only when nobody rated the breach.
 */
export const SEVERITY_BY_CATEGORY: Record<string, Severity> = {
  lying: 'minor',
  'broken-promise': 'minor',
  'emotional-affair': 'moderate',
  other: 'moderate',
  infidelity: 'severe',
  financial: 'severe',
};

export function typicalSeverity(category: string): Severity {
  return SEVERITY_BY_CATEGORY[category] ?? 'moderate';
}

/** The composite of one check-in: the mean of the trust items answered, or null. */
export function checkInComposite(answers: {
  trust: number | null;
  honesty: number | null;
  reliability: number | null;
  openness: number | null;
}): number | null {
  const given = [answers.trust, answers.honesty, answers.reliability, answers.openness].filter(
    (value): value is number => value !== null,
  );
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
}

/** Weeks counted before the share of weeks both checked in is taken as known. */
export const MIN_WEEKS_FOR_SHARE = 4;
/** Days of commitment marks before "kept in the first four weeks" is known. */
export const FIRST_WEEKS_DAYS = 28;

/**
 * The share of whole weeks, from the first check-in of either partner to
 * `until` (inclusive), in which both checked in at least once; undefined
 * until four whole weeks have passed.
 */
export function bothCheckedInShare(
  mine: readonly Day[],
  theirs: readonly Day[],
  until: Day,
): number | undefined {
  const all = [...mine, ...theirs].filter((d) => d <= until).sort();
  if (all.length === 0) return undefined;
  const start = all[0]!;
  const weeks = Math.floor((daysBetween(start, until) + 1) / 7);
  if (weeks < MIN_WEEKS_FOR_SHARE) return undefined;
  const weekOf = (day: Day) => Math.floor(daysBetween(start, day) / 7);
  const weeksOf = (days: readonly Day[]) =>
    new Set(days.filter((d) => d >= start && weekOf(d) < weeks).map(weekOf));
  const a = weeksOf(mine);
  const b = weeksOf(theirs);
  let both = 0;
  for (const week of a) if (b.has(week)) both += 1;
  return both / weeks;
}

/**
 * The share of marked due days kept in the first four weeks of the
 * commitments (from the first mark); undefined until those weeks are over.
 */
export function keptShareFirstWeeks(
  marks: readonly { day: Day; outcome: 'kept' | 'missed' }[],
  today: Day,
): number | undefined {
  if (marks.length === 0) return undefined;
  const first = marks.reduce((min, m) => (m.day < min ? m.day : min), marks[0]!.day);
  const end = addDays(first, FIRST_WEEKS_DAYS - 1);
  if (today <= end) return undefined;
  const inWindow = marks.filter((m) => m.day <= end);
  return inWindow.filter((m) => m.outcome === 'kept').length / inWindow.length;
}
