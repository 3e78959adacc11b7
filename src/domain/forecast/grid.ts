/**
 * The posterior over ln T on the fixed grid (FORECAST.md, "Fitting"): for
 * each grid value the model is linear in α, so α integrates out in closed
 * form against its Normal prior; the weight of each point is that marginal
 * likelihood times the prior of ln T, normalised.
 */
import type { InnovationSums } from './filter.js';
import { FORECAST_MODEL } from './priors.js';
import { logClock } from './scale.js';

export interface GridPosterior {
  lnT: Float64Array;
  /** 1 / L(T) for each point: the coefficient the series combine with. */
  inverseClock: Float64Array;
  weight: Float64Array;
  /** Posterior of α given T at each point. */
  alphaMean: Float64Array;
  alphaVariance: Float64Array;
}

const { points, minDays, maxDays } = FORECAST_MODEL.grid;
const LN_MIN = Math.log(minDays);
const LN_STEP = (Math.log(maxDays) - LN_MIN) / (points - 1);
const PRIOR_ALPHA_PRECISION = 1 / FORECAST_MODEL.alphaSd ** 2;
const PRIOR_ALPHA_SCALED_MEAN = FORECAST_MODEL.alphaMean * PRIOR_ALPHA_PRECISION;
const PRIOR_ALPHA_TERM = FORECAST_MODEL.alphaMean * PRIOR_ALPHA_SCALED_MEAN;

export const GRID_LN_T: Float64Array = Float64Array.from(
  { length: points },
  (_, i) => LN_MIN + i * LN_STEP,
);
const GRID_INVERSE_CLOCK = GRID_LN_T.map((lnT) => 1 / logClock(Math.exp(lnT)));

/**
 * `sums` are the filter's innovation sums (all zero with no data, which leaves
 * the prior), `threshold` is z_θ, `medianDays` the prior median of T.
 */
export function gridPosterior(
  sums: InnovationSums,
  threshold: number,
  medianDays: number,
): GridPosterior {
  const lnMedian = Math.log(medianDays);
  const lnSd = FORECAST_MODEL.lnTSd;
  const logWeight = new Float64Array(points);
  const alphaMean = new Float64Array(points);
  const alphaVariance = new Float64Array(points);
  let max = -Infinity;
  for (let i = 0; i < points; i += 1) {
    const k = GRID_INVERSE_CLOCK[i]!;
    const tk = threshold * k;
    // Residual of the grid point: w − α·x, with w = y − z_θ·k·L and x = 1 − k·L.
    const sww = sums.yy - 2 * tk * sums.yL + tk * tk * sums.LL;
    const swx = sums.y1 - k * sums.yL - tk * sums.oneL + tk * k * sums.LL;
    const sxx = sums.oneOne - 2 * k * sums.oneL + k * k * sums.LL;
    const precision = PRIOR_ALPHA_PRECISION + sxx;
    const scaledMean = PRIOR_ALPHA_SCALED_MEAN + swx;
    const logMarginal =
      -0.5 * (sww + PRIOR_ALPHA_TERM) +
      (0.5 * scaledMean * scaledMean) / precision -
      0.5 * Math.log(precision / PRIOR_ALPHA_PRECISION);
    const standardised = (GRID_LN_T[i]! - lnMedian) / lnSd;
    const value = logMarginal - 0.5 * standardised * standardised;
    logWeight[i] = value;
    alphaMean[i] = scaledMean / precision;
    alphaVariance[i] = 1 / precision;
    if (value > max) max = value;
  }
  const weight = new Float64Array(points);
  let total = 0;
  for (let i = 0; i < points; i += 1) {
    const w = Math.exp(logWeight[i]! - max);
    weight[i] = w;
    total += w;
  }
  for (let i = 0; i < points; i += 1) weight[i]! /= total;
  return { lnT: GRID_LN_T, inverseClock: GRID_INVERSE_CLOCK, weight, alphaMean, alphaVariance };
}

/**
 * The ln T at which the cumulative weight reaches `p`. Each point's weight is
 * centred on it, and the cumulative is interpolated linearly between points.
 */
export function lnTQuantile(posterior: GridPosterior, p: number): number {
  const { lnT, weight } = posterior;
  let before = 0;
  let previousCentre = 0;
  for (let i = 0; i < lnT.length; i += 1) {
    const centre = before + weight[i]! / 2;
    if (p <= centre) {
      if (i === 0) return lnT[0]!;
      const span = centre - previousCentre;
      const fraction = span > 0 ? (p - previousCentre) / span : 0;
      return lnT[i - 1]! + fraction * (lnT[i]! - lnT[i - 1]!);
    }
    before += weight[i]!;
    previousCentre = centre;
  }
  return lnT[lnT.length - 1]!;
}

/** P(T ≤ e^x), with the same interpolation as `lnTQuantile`. */
export function cumulativeAt(posterior: GridPosterior, x: number): number {
  const { lnT, weight } = posterior;
  if (x <= lnT[0]!) return weight[0]! / 2;
  let before = 0;
  for (let i = 0; i < lnT.length - 1; i += 1) {
    const centre = before + weight[i]! / 2;
    const nextCentre = before + weight[i]! + weight[i + 1]! / 2;
    if (x <= lnT[i + 1]!) {
      const fraction = (x - lnT[i]!) / (lnT[i + 1]! - lnT[i]!);
      return centre + fraction * (nextCentre - centre);
    }
    before += weight[i]!;
  }
  return 1 - weight[lnT.length - 1]! / 2;
}
