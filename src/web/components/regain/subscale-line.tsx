/**
 * One subscale of the author's reflections over time as a calm line in a
 * small inline SVG (the commitments' strength line, drawn the same way), with
 * a text alternative that says, in words, where it began and where it is now.
 * No axis numbers and no target line: there is nowhere one ought to be.
 */
import { formatDay } from '../days';
import {
  amountWords,
  changeWords,
  SUBSCALE_ABOUT,
  SUBSCALE_MAX,
  SUBSCALE_MIN,
  SUBSCALE_NAMES,
  type ForgivenessSubscale,
} from './forgiveness-words';

const WIDTH = 320;
const HEIGHT = 80;
const PAD = 4;

export interface SubscalePoint {
  day: string;
  score: number;
}

/** What the line says, for its label and caption. */
export function lineWords(subscale: ForgivenessSubscale, points: SubscalePoint[]): string {
  const name = SUBSCALE_NAMES[subscale];
  const last = points.at(-1)!;
  if (points.length < 2) {
    return `${name} on ${formatDay(last.day)}: ${amountWords(last.score)}.`;
  }
  const first = points[0]!;
  return `${name} from ${formatDay(first.day)} (${amountWords(first.score)}) to ${formatDay(last.day)} (${amountWords(last.score)}): ${changeWords(first.score, last.score)}.`;
}

export function SubscaleLine({
  subscale,
  points,
}: {
  subscale: ForgivenessSubscale;
  points: SubscalePoint[];
}) {
  if (points.length === 0) return null;
  const label = lineWords(subscale, points);
  const headingId = `subscale-${subscale}-heading`;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const y = (score: number) =>
    PAD + (1 - (score - SUBSCALE_MIN) / (SUBSCALE_MAX - SUBSCALE_MIN)) * (HEIGHT - 2 * PAD);
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${(PAD + index * step).toFixed(1)},${y(point.score).toFixed(1)}`,
    )
    .join(' ');
  return (
    <figure class="strength-line" aria-labelledby={headingId}>
      <h3 id={headingId} class="subheading">
        {SUBSCALE_NAMES[subscale]}
      </h3>
      <p class="field__hint">{SUBSCALE_ABOUT[subscale]}</p>
      {points.length > 1 && (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={label}
          preserveAspectRatio="none"
        >
          <path d={path} class="strength-line__path" />
        </svg>
      )}
      <figcaption>
        {label}
        {points.length < 2 && ' The line appears once there are two reflections.'}
      </figcaption>
    </figure>
  );
}
