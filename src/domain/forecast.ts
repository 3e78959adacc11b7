/**
 * "How long will this take?" — the recovery forecast of FORECAST.md, as one
 * pure function the server, the tests and the benchmark all call.
 *
 * The hurt partner's composite is put on the logit scale and modelled as a
 * logarithmic curve from α at the clock origin to the threshold at day T,
 * plus clustered good and bad days (AR(1)) and white noise. T is on a grid of
 * 240 values of ln T; α integrates out in closed form at each; one Kalman
 * pass serves every grid point (forecast/filter.ts). The answer is a range of
 * dates, never a single one, and it is shown as a range only when it is
 * narrow enough to mean something.
 *
 * Bad input never yields NaN: what cannot be a forecast (a malformed day, a
 * rating outside 1–7, an absurd span) is a `ForecastInputError` with a code;
 * what is merely out of place (ratings before the origin or after today,
 * duplicate or unsorted days, a setback before the origin) is set aside or
 * put in order, and no usable rating at all gives the prior-only answer.
 */
import type { Day } from './calendar.js';
import { dayFromNumber, dayNumber, isDayFast } from './forecast/day-numbers.js';
import { filterAndSmooth, type SmoothedSeries } from './forecast/filter.js';
import { cumulativeAt, gridPosterior, lnTQuantile, type GridPosterior } from './forecast/grid.js';
import {
  FACTOR_CONDITIONS,
  FORECAST_FACTORS,
  FORECAST_MODEL,
  type ForecastFactorName,
  type Severity,
} from './forecast/priors.js';
import { logClock, ratingToZ, zToRating } from './forecast/scale.js';

export type { Severity } from './forecast/priors.js';

export interface ForecastInput {
  severity: Severity;
  /** Day the breach was discovered or disclosed. */
  origin: Day;
  /** true: the partner told; false: it was discovered. */
  disclosed: boolean;
  inTherapy: boolean;
  /** 0..1, when known. */
  commitmentsKeptFirst4Weeks?: number;
  /** 0..1, share of weeks both partners checked in. */
  bothCheckedInShare?: number;
  /** 1..7, recalled trust before the breach. */
  baselineTrust?: number;
  setbacks?: { on: Day; severity: Severity }[];
  /** The hurt partner's 1..7 composite by day. */
  ratings: { on: Day; value: number }[];
  /** Today. */
  asOf: Day;
}

export interface ForecastLevel {
  on: Day;
  low: number;
  mid: number;
  high: number;
}

export interface ForecastFactor {
  name: ForecastFactorName;
  multiplier: number;
}

export interface Forecast {
  /** The clock origin in force (latest setback or origin). */
  origin: Day;
  recoveredBy: { p10: Day; p50: Day; p90: Day };
  pLongerThan3Years: number;
  /** p90 − p10 ≤ 12 months. */
  showRange: boolean;
  /** 1..7, 80 % band, weekly from the first rating to 90 days after asOf. */
  level: ForecastLevel[];
  factors: ForecastFactor[];
}

export type ForecastInputErrorCode =
  | 'invalid-day'
  | 'invalid-severity'
  | 'as-of-before-origin'
  | 'span-too-long'
  | 'rating-out-of-range'
  | 'share-out-of-range'
  | 'baseline-out-of-range';

export class ForecastInputError extends Error {
  constructor(
    readonly code: ForecastInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ForecastInputError';
  }
}

const SEVERITIES: readonly Severity[] = ['minor', 'moderate', 'severe'];
const Z_80 = 1.2815515655446004;

export function forecastRecovery(input: ForecastInput): Forecast {
  const fitted = fit(input);
  const { origin, posterior } = fitted;
  const originNumber = dayNumber(origin);
  const dayAt = (p: number) =>
    dayFromNumber(originNumber + Math.round(Math.exp(lnTQuantile(posterior, p))));
  const recoveredBy = { p10: dayAt(0.1), p50: dayAt(0.5), p90: dayAt(0.9) };
  const pLonger = 1 - cumulativeAt(posterior, Math.log(FORECAST_MODEL.longDays));
  return {
    origin,
    recoveredBy,
    pLongerThan3Years: clamp01(pLonger),
    showRange: recoveredBy.p90 <= addMonths(recoveredBy.p10, FORECAST_MODEL.showRangeMonths),
    level: levelBand(fitted),
    factors: fitted.factors,
  };
}

/**
 * The whole distribution of T behind `forecastRecovery`, from the same fit:
 * the validation needs the rank of a known truth and intervals other than
 * 10–90 %, which the screen's answer does not carry.
 */
export function recoveryDistribution(input: ForecastInput): {
  origin: Day;
  /** Days from the origin in force by which trust is rebuilt with probability p. */
  quantileDays: (p: number) => number;
  /** P(T ≤ days), days counted from the origin in force. */
  probabilityBy: (days: number) => number;
} {
  const { origin, posterior } = fit(input);
  return {
    origin,
    quantileDays: (p) => Math.exp(lnTQuantile(posterior, p)),
    probabilityBy: (days) => clamp01(cumulativeAt(posterior, Math.log(Math.max(days, 1e-9)))),
  };
}

interface Fitted {
  origin: Day;
  factors: ForecastFactor[];
  threshold: number;
  posterior: GridPosterior;
  smoothed: SmoothedSeries;
  clock: Float64Array;
  firstDay: Day | null;
  runLength: number;
}

function fit(input: ForecastInput): Fitted {
  validate(input);
  const { origin, severity } = originInForce(input);
  const factors = factorsFor(input);
  const medianDays =
    FORECAST_MODEL.medianDays[severity] * factors.reduce((m, f) => m * f.multiplier, 1);
  const threshold = ratingToZ(thresholdRating(input.baselineTrust));

  const daily = dailyComposite(input.ratings, origin, input.asOf);
  const firstDay = daily.length > 0 ? daily[0]!.on : null;
  const endDay = dayNumber(input.asOf) + FORECAST_MODEL.levelAheadDays;
  const firstNumber = firstDay === null ? 0 : dayNumber(firstDay);
  const runLength = firstDay === null ? 0 : endDay - firstNumber + 1;
  const startOffset = firstDay === null ? 0 : firstNumber - dayNumber(origin);

  const z = new Float64Array(runLength).fill(Number.NaN);
  const clock = new Float64Array(runLength);
  for (let day = 0; day < runLength; day += 1) clock[day] = logClock(startOffset + day);
  for (const { on, value } of daily) z[dayNumber(on) - firstNumber] = ratingToZ(value);

  const filtered = filterAndSmooth({ length: runLength, z, clock });
  const posterior = gridPosterior(filtered.sums, threshold, medianDays);
  return {
    origin,
    factors,
    threshold,
    posterior,
    smoothed: filtered.smoothed,
    clock,
    firstDay,
    runLength,
  };
}

/** "Recalculating": the first four weeks after a setback restarted the clock. */
export function isRecalculating(
  forecast: Forecast,
  input: Pick<ForecastInput, 'origin' | 'asOf'>,
): boolean {
  return (
    forecast.origin !== input.origin &&
    dayNumber(input.asOf) - dayNumber(forecast.origin) < FORECAST_MODEL.recalculatingDays
  );
}

function validate(input: ForecastInput): void {
  const days = [
    input.origin,
    input.asOf,
    ...input.ratings.map((r) => r.on),
    ...(input.setbacks ?? []).map((s) => s.on),
  ];
  for (const day of days) {
    if (typeof day !== 'string' || !isDayFast(day)) {
      throw new ForecastInputError('invalid-day', 'Days must be real YYYY-MM-DD dates.');
    }
  }
  const severities = [input.severity, ...(input.setbacks ?? []).map((s) => s.severity)];
  if (severities.some((s) => !SEVERITIES.includes(s))) {
    throw new ForecastInputError('invalid-severity', 'Severity is minor, moderate or severe.');
  }
  const span = dayNumber(input.asOf) - dayNumber(input.origin);
  if (span < 0) {
    throw new ForecastInputError('as-of-before-origin', 'Today cannot be before the origin.');
  }
  if (span > FORECAST_MODEL.grid.maxDays) {
    throw new ForecastInputError('span-too-long', 'The origin is more than twenty years ago.');
  }
  if (input.ratings.some((r) => !inRange(r.value, 1, 7))) {
    throw new ForecastInputError('rating-out-of-range', 'Ratings are numbers from 1 to 7.');
  }
  for (const share of [input.commitmentsKeptFirst4Weeks, input.bothCheckedInShare]) {
    if (share !== undefined && !inRange(share, 0, 1)) {
      throw new ForecastInputError('share-out-of-range', 'Shares are numbers from 0 to 1.');
    }
  }
  if (input.baselineTrust !== undefined && !inRange(input.baselineTrust, 1, 7)) {
    throw new ForecastInputError('baseline-out-of-range', 'Baseline trust is from 1 to 7.');
  }
}

/** The latest setback on or before today (and not before the origin) restarts the clock. */
function originInForce(input: ForecastInput): { origin: Day; severity: Severity } {
  let origin = input.origin;
  let severity = input.severity;
  for (const setback of input.setbacks ?? []) {
    if (setback.on >= origin && setback.on <= input.asOf) {
      origin = setback.on;
      severity = setback.severity;
    }
  }
  return { origin, severity };
}

function factorsFor(input: ForecastInput): ForecastFactor[] {
  const applied: ForecastFactorName[] = [];
  if (!input.disclosed) applied.push('discovered');
  if (input.inTherapy) applied.push('inTherapy');
  if (
    input.commitmentsKeptFirst4Weeks !== undefined &&
    input.commitmentsKeptFirst4Weeks < FACTOR_CONDITIONS.commitmentsKeptBelow
  ) {
    applied.push('fewCommitmentsKept');
  }
  if (
    input.bothCheckedInShare !== undefined &&
    input.bothCheckedInShare >= FACTOR_CONDITIONS.bothCheckedInAtLeast
  ) {
    applied.push('bothCheckingIn');
  }
  return applied.map((name) => ({ name, multiplier: FORECAST_FACTORS[name] }));
}

function thresholdRating(baselineTrust: number | undefined): number {
  const standard = FORECAST_MODEL.thresholdRating;
  if (baselineTrust === undefined) return standard;
  return Math.min(standard, Math.max(1, baselineTrust - FORECAST_MODEL.baselineMargin));
}

/** One composite per day in [origin, asOf], duplicates averaged, in order. */
function dailyComposite(
  ratings: ForecastInput['ratings'],
  origin: Day,
  asOf: Day,
): { on: Day; value: number }[] {
  const byDay = new Map<Day, { total: number; count: number }>();
  for (const { on, value } of ratings) {
    if (on < origin || on > asOf) continue;
    const entry = byDay.get(on) ?? { total: 0, count: 0 };
    entry.total += value;
    entry.count += 1;
    byDay.set(on, entry);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([on, { total, count }]) => ({ on, value: total / count }));
}

/**
 * The smoothed level with its 80 % band, weekly. Given T, the level is linear
 * in α, so its mean and variance follow from α's posterior and the smoother's
 * variance; the grid mixture is summarised by its mean and variance (moment
 * matching) and mapped back to 1–7.
 */
function levelBand({
  posterior,
  smoothed,
  clock,
  threshold,
  firstDay,
  runLength,
}: Fitted): ForecastLevel[] {
  if (firstDay === null) return [];
  const firstNumber = dayNumber(firstDay);
  const active: number[] = [];
  for (let i = 0; i < posterior.weight.length; i += 1) {
    if (posterior.weight[i]! > 1e-10) active.push(i);
  }
  const level: ForecastLevel[] = [];
  for (let day = 0; day < runLength; day += 7) {
    const L = clock[day]!;
    const sy = smoothed.y[day]!;
    const s1 = smoothed.one[day]!;
    const sL = smoothed.L[day]!;
    const uVariance = smoothed.variance[day]!;
    let mean = 0;
    let second = 0;
    let mass = 0;
    for (const i of active) {
      const w = posterior.weight[i]!;
      const k = posterior.inverseClock[i]!;
      const a = sy + threshold * k * (L - sL);
      const b = 1 - k * L - s1 + k * sL;
      const m = a + b * posterior.alphaMean[i]!;
      const v = b * b * posterior.alphaVariance[i]! + uVariance;
      mean += w * m;
      second += w * (v + m * m);
      mass += w;
    }
    mean /= mass;
    const sd = Math.sqrt(Math.max(0, second / mass - mean * mean));
    level.push({
      on: dayFromNumber(firstNumber + day),
      low: round2(zToRating(mean - Z_80 * sd)),
      mid: round2(zToRating(mean)),
      high: round2(zToRating(mean + Z_80 * sd)),
    });
  }
  return level;
}

function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
