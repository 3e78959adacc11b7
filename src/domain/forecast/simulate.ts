/**
 * Simulated couples for the forecast's validation (FORECAST.md,
 * "Validation"): each one drawn from the model itself, or from a harder
 * variant, with its true recovery day known. Seeded and deterministic, so the
 * test suite and the benchmark see the same couples on every machine.
 */
import { addDays, type Day } from '../calendar.js';
import type { ForecastInput } from '../forecast.js';
import { FORECAST_MODEL, type Severity } from './priors.js';
import { logClock, ratingToZ, zToRating } from './scale.js';

/** A small, fast, seedable generator (mulberry32): uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export interface Scenario {
  severity: Severity;
  /** Days after the origin the couple start checking in. */
  joinDay: number;
  /** Days of data from joining to today. */
  dataDays: number;
  /** Share of days without a check-in. */
  missingShare: number;
  /** Only one check-in a week (on the joining weekday). */
  weeklyOnly?: boolean;
  /** The hurt partner mostly skips the days that went badly. */
  skipsBadDays?: boolean;
  /** The true T is drawn around twice the prior median. */
  slowTruth?: boolean;
  /** The true curve is exponential, not logarithmic. */
  exponentialTruth?: boolean;
  /**
   * Ratings on the model's own continuous scale instead of a person's
   * quarter steps clamped to 1–7 (the study from the prior uses it).
   */
  modelScale?: boolean;
  /** A setback on this day after the origin restarts the true curve… */
  setbackDay?: number;
  /** …and is either logged (given to the forecast) or not. */
  setbackLogged?: boolean;
}

export interface SimulatedCouple {
  input: ForecastInput;
  /** The true recovery day. */
  recoveredOn: Day;
  /** True T, days from the origin in force. */
  trueDays: number;
}

const ORIGIN: Day = '2025-01-05';
const { minDays, maxDays } = FORECAST_MODEL.grid;

/** ln T from its prior, kept on the grid's range (the prior the fit uses). */
function drawLnT(random: () => number, medianDays: number): number {
  for (;;) {
    const lnT = Math.log(medianDays) + FORECAST_MODEL.lnTSd * normal(random);
    if (lnT >= Math.log(minDays) && lnT <= Math.log(maxDays)) return lnT;
  }
}

/** A composite as a person gives it: the mean of four whole-number answers, 1–7. */
function asComposite(z: number): number {
  return Math.round(zToRating(z) * 4) / 4;
}

/** The exact inverse of the model's transform, which can leave 1–7 at the extremes. */
function onModelScale(z: number): number {
  const { epsilon } = FORECAST_MODEL;
  return 1 - epsilon + (6 + 2 * epsilon) / (1 + Math.exp(-z));
}

export function simulateCouple(random: () => number, scenario: Scenario): SimulatedCouple {
  const { arCoefficient: phi, arSd, noiseSd, alphaMean, alphaSd } = FORECAST_MODEL;
  const threshold = ratingToZ(FORECAST_MODEL.thresholdRating);
  const today = scenario.joinDay + scenario.dataDays;

  // The curve in force: from the origin, or restarted at a setback.
  const curveStart = scenario.setbackDay ?? 0;
  const severity = scenario.severity;
  // The couples are simulated with no factor applying (disclosed, no therapist):
  // the study tests the fit, and the factors' sizes are judgement (priors.ts).
  const median = FORECAST_MODEL.medianDays[severity] * (scenario.slowTruth ? 2 : 1);
  const trueDays = Math.exp(drawLnT(random, median));
  const alpha = alphaMean + alphaSd * normal(random);
  // Before a setback, the curve it interrupted (a first stretch of recovery).
  const earlierAlpha = alphaMean + alphaSd * normal(random);
  const earlierDays = Math.exp(drawLnT(random, median));

  const curve = (day: number): number => {
    if (day < curveStart) {
      return earlierAlpha + (threshold - earlierAlpha) * (logClock(day) / logClock(earlierDays));
    }
    const t = day - curveStart;
    if (scenario.exponentialTruth) {
      const scale = trueDays / 2;
      return (
        alpha +
        (threshold - alpha) * ((1 - Math.exp(-t / scale)) / (1 - Math.exp(-trueDays / scale)))
      );
    }
    return alpha + (threshold - alpha) * (logClock(t) / logClock(trueDays));
  };

  const ratings: ForecastInput['ratings'] = [];
  let u = arSd * normal(random);
  const step = arSd * Math.sqrt(1 - phi * phi);
  for (let day = 0; day <= today; day += 1) {
    if (day > 0) u = phi * u + step * normal(random);
    const e = noiseSd * normal(random);
    if (day < scenario.joinDay) continue;
    const present = scenario.weeklyOnly
      ? (day - scenario.joinDay) % 7 === 0
      : random() >= scenario.missingShare;
    if (!present) continue;
    if (scenario.skipsBadDays && u + e < -0.3 && random() < 0.8) continue;
    const z = curve(day) + u + e;
    ratings.push({
      on: addDays(ORIGIN, day),
      value: scenario.modelScale ? onModelScale(z) : asComposite(z),
    });
  }

  const setbacks =
    scenario.setbackDay !== undefined && scenario.setbackLogged
      ? [{ on: addDays(ORIGIN, scenario.setbackDay), severity }]
      : [];
  return {
    input: {
      severity,
      origin: ORIGIN,
      disclosed: true,
      inTherapy: false,
      setbacks,
      ratings,
      asOf: addDays(ORIGIN, today),
    },
    recoveredOn: addDays(ORIGIN, Math.round(curveStart + trueDays)),
    trueDays,
  };
}
