/**
 * The report for a therapist, prepared for the page: which entries go on it
 * (those flagged "therapist may see" and those the partner ticks — the choice
 * lives on the page only), and the geometry of the small trend charts. Pure,
 * so it is tested without a browser.
 */
import type { AnswerOf } from '../../../contract/operation';
import type { reportOperations } from '../../../contract/operations/report';

export type Report = AnswerOf<typeof reportOperations.getTherapistReport>;
export type ReportWeek = Report['weeks'][number];

export type SectionId = 'checkInNotes' | 'commitments' | 'conversations' | 'agreements';

/** The key of one entry in the partner's choice. */
export const choiceKey = (section: SectionId, id: string) => `${section}:${id}`;

/** An entry is on the report when flagged for the therapist, or chosen on this page. */
export function onReport(
  section: SectionId,
  entry: { id: string; therapistMaySee: boolean },
  chosen: ReadonlySet<string>,
): boolean {
  return entry.therapistMaySee || chosen.has(choiceKey(section, entry.id));
}

export const TREND_RATINGS = [
  { key: 'trust', label: 'Trust' },
  { key: 'honesty', label: 'Honesty' },
  { key: 'reliability', label: 'Reliability' },
  { key: 'openness', label: 'Openness' },
] as const;
export type TrendKey = (typeof TREND_RATINGS)[number]['key'];

export const RATING_MIN = 1;
export const RATING_TOP = 7;

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = {
  width: 320,
  height: 150,
  left: 26,
  right: 10,
  top: 10,
  bottom: 24,
};

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  weekStart: string;
}

/** Where week `index` of `count` sits across the chart. */
export function xOf(index: number, count: number, box: ChartBox = CHART_BOX): number {
  const span = box.width - box.left - box.right;
  return count <= 1 ? box.left + span / 2 : box.left + (span * index) / (count - 1);
}

/** Where a rating of 1 to 7 sits up the chart (7 at the top). */
export function yOf(value: number, box: ChartBox = CHART_BOX): number {
  const span = box.height - box.top - box.bottom;
  return box.top + span * (1 - (value - RATING_MIN) / (RATING_TOP - RATING_MIN));
}

/**
 * One person's line for one rating: runs of weeks with an average, split where
 * a week has none, so a gap shows as a gap and is never drawn across.
 */
export function lineRuns(
  weeks: readonly ReportWeek[],
  rating: TrendKey,
  who: 'mine' | 'partner',
  box: ChartBox = CHART_BOX,
): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  weeks.forEach((week, index) => {
    const value = week[who]?.[rating] ?? null;
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    run.push({
      x: xOf(index, weeks.length, box),
      y: yOf(value, box),
      value,
      weekStart: week.weekStart,
    });
  });
  if (run.length) runs.push(run);
  return runs;
}

/** "M x y L x y …" for an SVG path. */
export const pathOf = (run: readonly ChartPoint[]) =>
  run
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`)
    .join(' ');

const shortDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "2 Mar": a week's Monday, short, for chart labels and the table. */
export const shortDayOf = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

/** Which weeks get a label under the chart: about five, first and last among them. */
export function labelledWeeks(count: number): number[] {
  if (count <= 5) return [...Array(count).keys()];
  const step = Math.ceil((count - 1) / 4);
  const picked: number[] = [];
  for (let i = 0; i < count - 1; i += step) picked.push(i);
  if (count - 1 - (picked.at(-1) ?? 0) < step / 2) picked.pop();
  picked.push(count - 1);
  return picked;
}

/** A short sentence of what a chart shows, for people who cannot see it. */
export function chartSummary(
  weeks: readonly ReportWeek[],
  rating: TrendKey,
  names: { you: string; partner: string | null },
): string {
  const describe = (who: 'mine' | 'partner', name: string) => {
    const values = weeks
      .map((week) => week[who]?.[rating] ?? null)
      .filter((value): value is number => value !== null);
    if (values.length === 0) return `${name}: no answers in this period.`;
    return `${name}: from ${values[0]} to ${values.at(-1)} over ${values.length} week${values.length === 1 ? '' : 's'} with answers.`;
  };
  return [describe('mine', names.you), names.partner ? describe('partner', names.partner) : '']
    .filter(Boolean)
    .join(' ');
}
