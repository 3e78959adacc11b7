/**
 * Turning the API's days and values into what the charts draw and the tables
 * list: one x value per day (Unix seconds), and the weekly buckets the
 * reliability and communication pictures count in. Pure.
 */

export const toSeconds = (day: string): number => Date.parse(`${day}T12:00:00Z`) / 1000;

export function addDaysTo(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of `day`'s week. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  return addDaysTo(day, -weekday);
}

/** The last `count` week starts up to the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStart(today);
  return Array.from({ length: count }, (_, i) => addDaysTo(current, -7 * (count - 1 - i)));
}

/** How many of `days` fall in each week of `weeks` (days counted once each). */
export function countPerWeek(days: readonly string[], weeks: readonly string[]): number[] {
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const day of new Set(days)) {
    const week = weekStart(day);
    if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
  }
  return weeks.map((w) => counts.get(w)!);
}

/**
 * Merges series given on their own days onto one sorted axis, with null where
 * a series has no value — uPlot's aligned data.
 */
export function align(series: readonly (readonly { on: string; value: number }[])[]): {
  days: string[];
  values: (number | null)[][];
} {
  const days = [...new Set(series.flatMap((s) => s.map((p) => p.on)))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const values = series.map((s) => {
    const row: (number | null)[] = days.map(() => null);
    for (const point of s) row[index.get(point.on)!] = point.value;
    return row;
  });
  return { days, values };
}
