/**
 * The forecast's validation study (FORECAST.md, "Validation"), at any size:
 * the test suite runs it small, `npm run bench:forecast` at full size and
 * prints the table. Everything here is seeded; the same size gives the same
 * figures on every machine.
 *
 * The forecaster is a parameter so that the tests can show the study fails
 * one that ignores the data.
 */
import { daysBetween } from '../calendar.js';
import { recoveryDistribution, type ForecastInput } from '../forecast.js';
import { seededRandom, simulateCouple, type Scenario, type SimulatedCouple } from './simulate.js';
import type { Severity } from './priors.js';

/** Days in an average month, for errors said in months. */
export const DAYS_PER_MONTH = 30.44;

export type Forecaster = (input: ForecastInput) => {
  quantileDays: (p: number) => number;
  probabilityBy: (days: number) => number;
};

export const exactForecaster: Forecaster = recoveryDistribution;

/** The forecast a model would give that never looks at the check-ins. */
export const dataBlindForecaster: Forecaster = (input) =>
  recoveryDistribution({ ...input, ratings: [] });

export interface PriorStudy {
  couples: number;
  /**
   * Couples drawn to get `couples` whose every rating fell inside 1–7. The
   * model's scale is unbounded, and leaving out the others is a choice on the
   * data alone, so the exact posterior stays calibrated for the rest; clamping
   * them instead would test the clamp, not the fit.
   */
  drawn: number;
  /** Kolmogorov–Smirnov distance of the percentile ranks from uniform, and its p-value. */
  ksDistance: number;
  ksPValue: number;
  /** Share of true T inside the central 50 / 80 / 95 % intervals. */
  coverage: { 50: number; 80: number; 95: number };
}

export interface CaseRow {
  name: string;
  couples: number;
  /** Couples scored (those not yet recovered by their last day). */
  scored: number;
  coverage80: number;
  /** Median absolute error of the median forecast, in months. */
  medianErrorMonths: number;
  /** The target for the error, when the row is gated. */
  targetMonths?: number;
}

const SEVERITIES: Severity[] = ['minor', 'moderate', 'severe'];
const DATA_LENGTHS = [28, 56, 182, 365];

/** Study 1: couples from the prior itself; the ranks of the truth should be uniform. */
export function priorStudy(couples: number, forecaster: Forecaster, seed = 1): PriorStudy {
  const random = seededRandom(seed);
  const ranks: number[] = [];
  const inside = { 50: 0, 80: 0, 95: 0 };
  let drawn = 0;
  for (let i = 0; i < couples; i += 1) {
    const scenario: Scenario = {
      severity: SEVERITIES[i % SEVERITIES.length]!,
      joinDay: 30,
      dataDays: DATA_LENGTHS[Math.floor(i / SEVERITIES.length) % DATA_LENGTHS.length]!,
      missingShare: 0.4,
      modelScale: true,
    };
    let couple: SimulatedCouple;
    do {
      couple = simulateCouple(random, scenario);
      drawn += 1;
    } while (couple.input.ratings.some((r) => r.value < 1 || r.value > 7));
    const fit = forecaster(couple.input);
    ranks.push(fit.probabilityBy(couple.trueDays));
    for (const level of [50, 80, 95] as const) {
      const tail = (1 - level / 100) / 2;
      if (
        couple.trueDays >= fit.quantileDays(tail) &&
        couple.trueDays <= fit.quantileDays(1 - tail)
      ) {
        inside[level] += 1;
      }
    }
  }
  const { distance, pValue } = kolmogorovSmirnovUniform(ranks);
  return {
    couples,
    drawn,
    ksDistance: distance,
    ksPValue: pValue,
    coverage: { 50: inside[50] / couples, 80: inside[80] / couples, 95: inside[95] / couples },
  };
}

interface CaseSpec {
  name: string;
  scenario: Scenario;
  targetMonths?: number;
}

const JOINED = 30;
const MISSING = 0.4;

/** Study 2: the gated realistic cases, with FORECAST.md's targets. */
export const REALISTIC_CASES: readonly CaseSpec[] = [
  {
    name: 'severe, 8 weeks of data',
    scenario: { severity: 'severe', joinDay: JOINED, dataDays: 56, missingShare: MISSING },
    targetMonths: 6,
  },
  {
    name: 'severe, 1 year of data',
    scenario: { severity: 'severe', joinDay: JOINED, dataDays: 365, missingShare: MISSING },
    targetMonths: 4.5,
  },
  {
    name: 'moderate, 8 weeks of data',
    scenario: { severity: 'moderate', joinDay: JOINED, dataDays: 56, missingShare: MISSING },
    targetMonths: 2,
  },
  {
    name: 'minor, 4 weeks of data',
    scenario: { severity: 'minor', joinDay: JOINED, dataDays: 28, missingShare: MISSING },
    targetMonths: 1,
  },
];

const ROBUST_BASE: Scenario = {
  severity: 'moderate',
  joinDay: JOINED,
  dataDays: 182,
  missingShare: MISSING,
};

/** Study 3: robustness, reported and not gated. */
export const ROBUSTNESS_CASES: readonly CaseSpec[] = [
  { name: 'moderate, 6 months (reference)', scenario: ROBUST_BASE },
  {
    name: 'weekly check-ins only',
    scenario: { ...ROBUST_BASE, weeklyOnly: true },
  },
  { name: 'skips bad days', scenario: { ...ROBUST_BASE, skipsBadDays: true } },
  { name: 'truth twice as slow as the prior', scenario: { ...ROBUST_BASE, slowTruth: true } },
  { name: 'truth on an exponential curve', scenario: { ...ROBUST_BASE, exponentialTruth: true } },
  {
    name: 'setback at day 60, ignored',
    scenario: { ...ROBUST_BASE, setbackDay: 60, setbackLogged: false },
  },
  {
    name: 'setback at day 60, logged',
    scenario: { ...ROBUST_BASE, setbackDay: 60, setbackLogged: true },
  },
];

/**
 * One case: simulate `couples`, leave out those already recovered by their
 * last day (they would not be asking), and score the rest on the true
 * recovery day.
 */
export function runCase(
  spec: CaseSpec,
  couples: number,
  forecaster: Forecaster,
  seed: number,
): CaseRow {
  const random = seededRandom(seed);
  const errors: number[] = [];
  let inside = 0;
  for (let i = 0; i < couples; i += 1) {
    const couple = simulateCouple(random, spec.scenario);
    const today = couple.input.asOf;
    if (couple.recoveredOn <= today) continue;
    const fit = forecaster(couple.input);
    const origin = fitOrigin(couple.input);
    const trueFromOrigin = daysBetween(origin, couple.recoveredOn);
    const p10 = fit.quantileDays(0.1);
    const p90 = fit.quantileDays(0.9);
    if (trueFromOrigin >= p10 && trueFromOrigin <= p90) inside += 1;
    errors.push(Math.abs(fit.quantileDays(0.5) - trueFromOrigin) / DAYS_PER_MONTH);
  }
  return {
    name: spec.name,
    couples,
    scored: errors.length,
    coverage80: errors.length > 0 ? inside / errors.length : 0,
    medianErrorMonths: median(errors),
    ...(spec.targetMonths !== undefined ? { targetMonths: spec.targetMonths } : {}),
  };
}

/** The origin a forecast counts from: the latest logged setback, or the origin. */
function fitOrigin(input: ForecastInput): string {
  let origin = input.origin;
  for (const setback of input.setbacks ?? []) {
    if (setback.on >= origin && setback.on <= input.asOf) origin = setback.on;
  }
  return origin;
}

export function runCases(
  specs: readonly CaseSpec[],
  couples: number,
  forecaster: Forecaster,
  seed = 2,
): CaseRow[] {
  return specs.map((spec, index) => runCase(spec, couples, forecaster, seed * 1000 + index));
}

/** FORECAST.md's gate for the realistic cases: coverage in [0.78, 0.90], errors within target. */
export const COVERAGE_GATE = { low: 0.78, high: 0.9 } as const;

export function meetsTargets(row: CaseRow): boolean {
  const coverageOk = row.coverage80 >= COVERAGE_GATE.low && row.coverage80 <= COVERAGE_GATE.high;
  const errorOk = row.targetMonths === undefined || row.medianErrorMonths <= row.targetMonths;
  return coverageOk && errorOk;
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One-sample KS test against Uniform(0, 1), with the asymptotic p-value. */
export function kolmogorovSmirnovUniform(values: number[]): { distance: number; pValue: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let distance = 0;
  for (let i = 0; i < n; i += 1) {
    const x = sorted[i]!;
    distance = Math.max(distance, (i + 1) / n - x, x - i / n);
  }
  // Kolmogorov's series, with Stephens' small-sample correction.
  const lambda = (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * distance;
  let pValue = 0;
  for (let k = 1; k <= 100; k += 1) {
    pValue += 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
  }
  return { distance, pValue: Math.min(1, Math.max(0, pValue)) };
}
