/**
 * One small line chart per rating: the reader's weekly average as a solid
 * line with round dots, the partner's as a dashed line with square dots, so
 * the two are told apart in black and white as well as on screen. Drawn as
 * inline SVG in the text colour; the table beside it holds the same numbers.
 */
import {
  CHART_BOX,
  chartSummary,
  labelledWeeks,
  lineRuns,
  pathOf,
  RATING_MIN,
  RATING_TOP,
  shortDayOf,
  xOf,
  yOf,
  type ReportWeek,
  type TrendKey,
} from './present';

interface TrendChartProps {
  id: string;
  label: string;
  rating: TrendKey;
  weeks: readonly ReportWeek[];
  names: { you: string; partner: string | null };
}

const GRID = [1, 4, 7];

export function TrendChart({ id, label, rating, weeks, names }: TrendChartProps) {
  const box = CHART_BOX;
  const mine = lineRuns(weeks, rating, 'mine');
  const partner = lineRuns(weeks, rating, 'partner');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure class="trend">
      <figcaption class="trend__caption">{label}</figcaption>
      <svg
        class="trend__chart"
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{`${label}, weekly average from ${RATING_MIN} to ${RATING_TOP}`}</title>
        <desc id={descId}>{chartSummary(weeks, rating, names)}</desc>
        {GRID.map((value) => (
          <g key={value}>
            <line
              class="trend__grid"
              x1={box.left}
              x2={box.width - box.right}
              y1={yOf(value)}
              y2={yOf(value)}
            />
            <text class="trend__axis" x={box.left - 6} y={yOf(value) + 4} text-anchor="end">
              {value}
            </text>
          </g>
        ))}
        {labelledWeeks(weeks.length).map((index) => (
          <text
            key={index}
            class="trend__axis"
            x={xOf(index, weeks.length)}
            y={box.height - 6}
            text-anchor="middle"
          >
            {shortDayOf(weeks[index]!.weekStart)}
          </text>
        ))}
        {mine.map((run, i) => (
          <path key={`m${i}`} class="trend__line" d={pathOf(run)} />
        ))}
        {partner.map((run, i) => (
          <path key={`p${i}`} class="trend__line trend__line--partner" d={pathOf(run)} />
        ))}
        {mine.flat().map((point) => (
          <circle key={`mc${point.weekStart}`} class="trend__dot" cx={point.x} cy={point.y} r={3} />
        ))}
        {partner.flat().map((point) => (
          <rect
            key={`pr${point.weekStart}`}
            class="trend__dot trend__dot--partner"
            x={point.x - 3}
            y={point.y - 3}
            width={6}
            height={6}
          />
        ))}
      </svg>
    </figure>
  );
}

/** The key to the lines, drawn once above the charts. */
export function TrendKeyLegend({ names }: { names: { you: string; partner: string | null } }) {
  return (
    <ul class="trend-legend" aria-label="Key to the charts">
      <li>
        <svg class="trend-legend__mark" viewBox="0 0 36 12" aria-hidden="true">
          <line class="trend__line" x1="2" x2="34" y1="6" y2="6" />
          <circle class="trend__dot" cx="18" cy="6" r="3" />
        </svg>
        {names.you} (solid line, round dots)
      </li>
      {names.partner && (
        <li>
          <svg class="trend-legend__mark" viewBox="0 0 36 12" aria-hidden="true">
            <line class="trend__line trend__line--partner" x1="2" x2="34" y1="6" y2="6" />
            <rect class="trend__dot trend__dot--partner" x="15" y="3" width="6" height="6" />
          </svg>
          {names.partner} (dashed line, square dots)
        </li>
      )}
    </ul>
  );
}
