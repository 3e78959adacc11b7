/**
 * The one-dimensional Kalman filter and smoother for the clustered residual
 * u(t) (AR(1), coefficient φ, stationary sd σ) plus white noise e(t).
 *
 * The gains depend only on which days have a rating, never on the values, so
 * one pass filters the three series the whole grid needs at once — the
 * ratings y, the constant 1 and the clock L(t). Every grid point's residual is
 * a linear combination of those three (α and 1/L(T) are its coefficients),
 * and a linear filter's innovations and smoothed states combine the same way.
 * That is what makes the fit exact and fast: O(days) once, then O(1) per grid
 * point.
 *
 * Missing days are predicted and not updated.
 */
import { FORECAST_MODEL } from './priors.js';

/** Σ vₐ·v_b / F over observed days, for the pairs of the three series. */
export interface InnovationSums {
  yy: number;
  y1: number;
  yL: number;
  oneOne: number;
  oneL: number;
  LL: number;
}

export interface FilterInput {
  /** Days from the first day of the run; 0 … length − 1. */
  length: number;
  /** For each day: the observed z, or NaN when there is no rating. */
  z: Float64Array;
  /** For each day: L(t) with t counted from the clock origin. */
  clock: Float64Array;
}

export interface SmoothedSeries {
  /** Smoothed u for each series, by day. */
  y: Float64Array;
  one: Float64Array;
  L: Float64Array;
  /** Smoother variance of u by day (the same for every series). */
  variance: Float64Array;
}

export interface FilterResult {
  sums: InnovationSums;
  observed: number;
  smoothed: SmoothedSeries;
}

const phi = FORECAST_MODEL.arCoefficient;
const stationaryVariance = FORECAST_MODEL.arSd ** 2;
const stepVariance = stationaryVariance * (1 - phi * phi);
const noiseVariance = FORECAST_MODEL.noiseSd ** 2;

export function filterAndSmooth({ length, z, clock }: FilterInput): FilterResult {
  // Filtered means (per series) and the shared filtered/predicted variances.
  const fy = new Float64Array(length);
  const f1 = new Float64Array(length);
  const fL = new Float64Array(length);
  const filteredVariance = new Float64Array(length);
  const predictedVariance = new Float64Array(length);
  const sums: InnovationSums = { yy: 0, y1: 0, yL: 0, oneOne: 0, oneL: 0, LL: 0 };
  let observed = 0;

  let my = 0;
  let m1 = 0;
  let mL = 0;
  let variance = stationaryVariance;
  for (let day = 0; day < length; day += 1) {
    if (day > 0) {
      my *= phi;
      m1 *= phi;
      mL *= phi;
      variance = phi * phi * variance + stepVariance;
    }
    predictedVariance[day] = variance;
    const value = z[day]!;
    if (!Number.isNaN(value)) {
      const f = variance + noiseVariance;
      const vy = value - my;
      const v1 = 1 - m1;
      const vL = clock[day]! - mL;
      sums.yy += (vy * vy) / f;
      sums.y1 += (vy * v1) / f;
      sums.yL += (vy * vL) / f;
      sums.oneOne += (v1 * v1) / f;
      sums.oneL += (v1 * vL) / f;
      sums.LL += (vL * vL) / f;
      const gain = variance / f;
      my += gain * vy;
      m1 += gain * v1;
      mL += gain * vL;
      variance *= 1 - gain;
      observed += 1;
    }
    fy[day] = my;
    f1[day] = m1;
    fL[day] = mL;
    filteredVariance[day] = variance;
  }

  // Rauch–Tung–Striebel, backwards; the last day's smoothed state is its filtered one.
  const sy = new Float64Array(length);
  const s1 = new Float64Array(length);
  const sL = new Float64Array(length);
  const sv = new Float64Array(length);
  if (length > 0) {
    const last = length - 1;
    sy[last] = fy[last]!;
    s1[last] = f1[last]!;
    sL[last] = fL[last]!;
    sv[last] = filteredVariance[last]!;
  }
  for (let day = length - 2; day >= 0; day -= 1) {
    const next = day + 1;
    const j = (filteredVariance[day]! * phi) / predictedVariance[next]!;
    sy[day] = fy[day]! + j * (sy[next]! - phi * fy[day]!);
    s1[day] = f1[day]! + j * (s1[next]! - phi * f1[day]!);
    sL[day] = fL[day]! + j * (sL[next]! - phi * fL[day]!);
    sv[day] = filteredVariance[day]! + j * j * (sv[next]! - predictedVariance[next]!);
  }

  return { sums, observed, smoothed: { y: sy, one: s1, L: sL, variance: sv } };
}
