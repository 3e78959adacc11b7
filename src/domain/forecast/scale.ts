/**
 * The unbounded scale the forecast works on (FORECAST.md, "Model"):
 * z = logit((ȳ − 1 + ε) / (6 + 2ε)), so a 1–7 composite maps onto about
 * −2.6 … +2.6 and a straight-line model cannot leave the rating range.
 */
import { FORECAST_MODEL } from './priors.js';

const { epsilon } = FORECAST_MODEL;
const RATING_MIN = 1;
const RATING_MAX = 7;

export function ratingToZ(rating: number): number {
  const p = (rating - RATING_MIN + epsilon) / (RATING_MAX - RATING_MIN + 2 * epsilon);
  return Math.log(p / (1 - p));
}

/** The inverse of `ratingToZ`, clamped to the 1–7 range the screens draw. */
export function zToRating(z: number): number {
  const p = 1 / (1 + Math.exp(-z));
  const rating = RATING_MIN - epsilon + (RATING_MAX - RATING_MIN + 2 * epsilon) * p;
  return Math.min(RATING_MAX, Math.max(RATING_MIN, rating));
}

/** L(x) = ln(1 + x / 14): the logarithmic clock of the trust curve. */
export function logClock(days: number): number {
  return Math.log1p(days / FORECAST_MODEL.curveScaleDays);
}
