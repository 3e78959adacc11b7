import { describe, expect, it } from 'vitest';
import {
  CHART_BOX,
  chartSummary,
  choiceKey,
  labelledWeeks,
  lineRuns,
  onReport,
  pathOf,
  yOf,
  type ReportWeek,
} from './present';

const ratings = (trust: number | null) => ({
  trust,
  honesty: null,
  reliability: null,
  openness: null,
  days: 1,
});

const weeks: ReportWeek[] = [
  { weekStart: '2026-03-02', mine: ratings(3), partner: null },
  { weekStart: '2026-03-09', mine: ratings(5), partner: ratings(4) },
  { weekStart: '2026-03-16', mine: null, partner: ratings(6) },
  { weekStart: '2026-03-23', mine: ratings(7), partner: null },
];

describe('what goes on the report', () => {
  it('takes flagged entries and those chosen on the page', () => {
    const chosen = new Set([choiceKey('conversations', 'b')]);
    expect(onReport('conversations', { id: 'a', therapistMaySee: true }, chosen)).toBe(true);
    expect(onReport('conversations', { id: 'b', therapistMaySee: false }, chosen)).toBe(true);
    expect(onReport('agreements', { id: 'b', therapistMaySee: false }, chosen)).toBe(false);
    expect(onReport('conversations', { id: 'c', therapistMaySee: false }, chosen)).toBe(false);
  });
});

describe('the trend chart', () => {
  it('draws 7 at the top and 1 at the bottom', () => {
    expect(yOf(7)).toBe(CHART_BOX.top);
    expect(yOf(1)).toBe(CHART_BOX.height - CHART_BOX.bottom);
  });

  it('breaks a line where a week has no answers', () => {
    const runs = lineRuns(weeks, 'trust', 'mine');
    expect(runs.map((run) => run.map((p) => p.value))).toEqual([[3, 5], [7]]);
    expect(lineRuns(weeks, 'trust', 'partner').map((run) => run.length)).toEqual([2]);
    expect(lineRuns(weeks, 'honesty', 'mine')).toEqual([]);
    expect(pathOf(runs[0]!)).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('labels about five weeks, the first and the last among them', () => {
    expect(labelledWeeks(3)).toEqual([0, 1, 2]);
    const many = labelledWeeks(14);
    expect(many[0]).toBe(0);
    expect(many.at(-1)).toBe(13);
    expect(many.length).toBeLessThanOrEqual(6);
  });

  it('says in words what it shows', () => {
    expect(chartSummary(weeks, 'trust', { you: 'Alex', partner: 'Sam' })).toBe(
      'Alex: from 3 to 7 over 3 weeks with answers. Sam: from 4 to 6 over 2 weeks with answers.',
    );
    expect(chartSummary(weeks, 'honesty', { you: 'Alex', partner: null })).toBe(
      'Alex: no answers in this period.',
    );
  });
});
