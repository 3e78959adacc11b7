/**
 * A line chart drawn by uPlot, loaded the first time a chart is on screen
 * (it is not part of any first screen's JavaScript). The picture is for
 * sighted readers and is hidden from screen readers: every chart on the
 * progress screen comes with a table holding the same numbers.
 *
 * Colours come from the page's own custom properties, so the chart follows
 * the light and dark schemes, and is drawn again when the scheme changes. The
 * width follows the column, so it reads on a phone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';

export type ColourName = 'accent' | 'text' | 'muted' | 'focus' | 'border' | 'error';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** `line` joins the points; `points` shows dots only; `dashed` is a thin reference line. */
  style: 'line' | 'points' | 'dashed';
  colour: ColourName;
}

export interface ChartSpec {
  /** Days as Unix seconds. */
  x: number[];
  series: ChartSeries[];
  /** Fill between two series (indexes into `series`): the 80 % band. */
  band?: { upper: number; lower: number };
  y: { min: number; max: number };
  /** Days to mark with a vertical line (setbacks), as Unix seconds. */
  markers?: number[];
  height?: number;
}

type UPlotClass = typeof uPlot;
let loading: Promise<UPlotClass> | null = null;
function loadUPlot() {
  // The package's types describe the class itself; the module's default export is it.
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([module]) => (module as unknown as { default: UPlotClass }).default,
  );
  return loading;
}

function colour(name: ColourName): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim() || '#888';
}

/** `#a24d2c` → `rgba(162, 77, 44, alpha)`, for the band's fill. */
function translucent(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function options(spec: ChartSpec, width: number, UPlot: UPlotClass): uPlot.Options {
  const text = colour('text');
  const grid = colour('border');
  const series: uPlot.Series[] = [
    {},
    ...spec.series.map((s): uPlot.Series => {
      const stroke = colour(s.colour);
      if (s.style === 'points') {
        return {
          label: s.label,
          stroke,
          paths: () => null,
          points: { show: true, size: 5, stroke, fill: stroke },
        };
      }
      return {
        label: s.label,
        stroke,
        width: s.style === 'dashed' ? 1.5 : 2.5,
        ...(s.style === 'dashed' ? { dash: [6, 6] } : {}),
        points: { show: false },
        spanGaps: true,
      };
    }),
  ];
  const markers = spec.markers ?? [];
  return {
    width,
    height: spec.height ?? 240,
    legend: { show: true, live: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: { x: { time: true }, y: { range: [spec.y.min, spec.y.max] } },
    axes: [
      { stroke: text, grid: { stroke: translucent(grid, 0.25), width: 1 }, ticks: { show: false } },
      {
        stroke: text,
        grid: { stroke: translucent(grid, 0.25), width: 1 },
        ticks: { show: false },
        size: 36,
      },
    ],
    series,
    ...(spec.band
      ? {
          bands: [
            {
              series: [spec.band.upper + 1, spec.band.lower + 1] as [number, number],
              fill: translucent(colour(spec.series[spec.band.upper]!.colour), 0.18),
            },
          ],
        }
      : {}),
    hooks: {
      draw: [
        (u: uPlot) => {
          if (markers.length === 0) return;
          const { ctx } = u;
          ctx.save();
          ctx.strokeStyle = colour('error');
          ctx.lineWidth = 2 * UPlot.pxRatio;
          ctx.setLineDash([4 * UPlot.pxRatio, 4 * UPlot.pxRatio]);
          for (const at of markers) {
            const x = u.valToPos(at, 'x', true);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
}

export function LineChart({ spec }: { spec: ChartSpec }) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: uPlot | null = null;
    let cancelled = false;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const draw = (UPlot: UPlotClass) => {
      const element = holder.current;
      if (!element || cancelled) return;
      chart?.destroy();
      const data = [spec.x, ...spec.series.map((s) => s.values)] as uPlot.AlignedData;
      chart = new UPlot(options(spec, element.clientWidth || 320, UPlot), data, element);
    };
    let resize: ResizeObserver | null = null;
    let redraw: (() => void) | null = null;
    loadUPlot()
      .then((UPlot) => {
        draw(UPlot);
        redraw = () => draw(UPlot);
        scheme.addEventListener('change', redraw);
        resize = new ResizeObserver(() => {
          const width = holder.current?.clientWidth ?? 0;
          if (chart && width > 0 && Math.abs(width - chart.width) > 4) {
            chart.setSize({ width, height: spec.height ?? 240 });
          }
        });
        if (holder.current) resize.observe(holder.current);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      if (redraw) scheme.removeEventListener('change', redraw);
      resize?.disconnect();
      chart?.destroy();
    };
  }, [spec]);
  if (failed) {
    return <p class="muted">The picture could not be loaded; the table below holds the same.</p>;
  }
  return <div class="chart" ref={holder} aria-hidden="true" />;
}
