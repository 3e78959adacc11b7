/**
 * The forecast's numbers (FORECAST.md, "Model"): the prior median time by
 * severity, the four multipliers, and the constants of the curve and of the
 * noise. One table, so that re-estimating them from real data later (each
 * severity group once 100 couples in it reached the threshold or stopped) is
 * a change here and nowhere else.
 *
 * The directions of the multipliers are supported by the evidence FORECAST.md
 * cites; their sizes are judgement, deliberately kept small.
 */

export type Severity = 'minor' | 'moderate' | 'severe';

export const FORECAST_MODEL = {
  /** Prior median T (days from the origin until trust is rebuilt), by severity. */
  medianDays: { minor: 61, moderate: 182, severe: 456 } satisfies Record<Severity, number>,
  /** Prior sd of ln T: the 80 % prior range is T_med ÷ 2.5 to T_med × 2.5. */
  lnTSd: 0.72,
  /** Prior of α, the level at the origin on the logit scale (about 2.5 / 7). */
  alphaMean: -0.9,
  alphaSd: 1,
  /** "Trust rebuilt": a composite of 5.5 / 7. */
  thresholdRating: 5.5,
  /** A recalled pre-breach trust lowers the threshold to that minus this. */
  baselineMargin: 0.5,
  /** L(x) = ln(1 + x / curveScaleDays). */
  curveScaleDays: 14,
  /** Good and bad days cluster: AR(1) with this coefficient and stationary sd. */
  arCoefficient: 0.8,
  arSd: 0.35,
  /** Day-to-day white noise. */
  noiseSd: 0.45,
  /** z = logit((ȳ − 1 + ε) / (6 + 2ε)). */
  epsilon: 0.5,
  /** The grid over ln T: one week to twenty years. */
  grid: { points: 240, minDays: 7, maxDays: 7300 },
  /** Show a date range only when p90 − p10 is at most this many months. */
  showRangeMonths: 12,
  /** "Recalculating" for this many days after a setback. */
  recalculatingDays: 28,
  /** The level is drawn until this many days after today. */
  levelAheadDays: 90,
  /** "Longer than three years" (from the origin in force). */
  longDays: 3 * 365.25,
} as const;

/**
 * The multipliers on T_med. Each applies when its condition holds; the names
 * are stable codes the screen turns into words.
 */
export const FORECAST_FACTORS = {
  /** The breach was found out rather than told. */
  discovered: 1.3,
  /** The couple works with a therapist. */
  inTherapy: 0.8,
  /** Fewer than 60 % of due commitments kept in the first four weeks. */
  fewCommitmentsKept: 1.5,
  /** Both partners checked in on at least 70 % of weeks so far. */
  bothCheckingIn: 0.85,
} as const;

export type ForecastFactorName = keyof typeof FORECAST_FACTORS;

export const FACTOR_CONDITIONS = {
  commitmentsKeptBelow: 0.6,
  bothCheckedInAtLeast: 0.7,
} as const;
