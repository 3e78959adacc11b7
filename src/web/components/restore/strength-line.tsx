/**
 * A commitment's strength over time as one calm line in a small inline SVG,
 * with a text alternative that says where it started and where it is now.
 */
import { formatDay } from '../days';
import { strengthWords } from './commitment-words';

const WIDTH = 320;
const HEIGHT = 80;
const PAD = 4;

export function StrengthLine({ points }: { points: { day: string; strength: number }[] }) {
  if (points.length < 2) {
    return <p class="muted">The line appears once two days are marked.</p>;
  }
  const step = (WIDTH - 2 * PAD) / (points.length - 1);
  const y = (strength: number) => PAD + (1 - strength) * (HEIGHT - 2 * PAD);
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${(PAD + index * step).toFixed(1)},${y(point.strength).toFixed(1)}`,
    )
    .join(' ');
  const first = points[0]!;
  const last = points.at(-1)!;
  const label = `Strength from ${formatDay(first.day)} (${strengthWords(first.strength).toLowerCase()}) to ${formatDay(last.day)} (${strengthWords(last.strength).toLowerCase()}).`;
  return (
    <figure class="strength-line">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0.8)} y2={y(0.8)} class="strength-line__mark" />
        <path d={path} class="strength-line__path" />
      </svg>
      <figcaption class="field__hint">
        {label} The faint line marks where a habit counts as settled.
      </figcaption>
    </figure>
  );
}
