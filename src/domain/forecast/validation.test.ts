/**
 * FORECAST.md's validation at a small size: the same seeded study the
 * benchmark runs at full size (`npm run bench:forecast`), with allowances for
 * the smaller samples, and the proof that it can fail — a forecaster that
 * ignores the check-ins does not pass it.
 */
import { describe, expect, it } from 'vitest';
import {
  COVERAGE_GATE,
  dataBlindForecaster,
  exactForecaster,
  priorStudy,
  REALISTIC_CASES,
  runCases,
  type CaseRow,
  type Forecaster,
  type PriorStudy,
} from './validation.js';

const PRIOR_COUPLES = 500;
const CASE_COUPLES = 200;
/** With 500 couples, a coverage is within about ±4.5 points of its true value 95 % of the time. */
const PRIOR_COVERAGE_ALLOWANCE = 0.05;
/** With 100–200 scored couples per case, an 80 % coverage wanders by about ±0.06. */
const CASE_COVERAGE_ALLOWANCE = 0.06;
/** And a median error by about 10 %. */
const ERROR_ALLOWANCE = 1.1;

function priorStudyPasses(study: PriorStudy): boolean {
  return (
    study.ksPValue >= 0.01 &&
    ([50, 80, 95] as const).every(
      (level) => Math.abs(study.coverage[level] - level / 100) <= PRIOR_COVERAGE_ALLOWANCE,
    )
  );
}

function casePasses(row: CaseRow): boolean {
  return (
    row.coverage80 >= COVERAGE_GATE.low - CASE_COVERAGE_ALLOWANCE &&
    row.coverage80 <= COVERAGE_GATE.high + CASE_COVERAGE_ALLOWANCE &&
    row.medianErrorMonths <= row.targetMonths! * ERROR_ALLOWANCE
  );
}

function studyPasses(forecaster: Forecaster): { prior: boolean; cases: boolean[] } {
  return {
    prior: priorStudyPasses(priorStudy(PRIOR_COUPLES, forecaster)),
    cases: runCases(REALISTIC_CASES, CASE_COUPLES, forecaster).map(casePasses),
  };
}

describe('the forecast validation study (small size)', () => {
  it('from the prior: the ranks of the true T are uniform and the intervals cover as they say', () => {
    const study = priorStudy(PRIOR_COUPLES, exactForecaster);
    expect(study.ksPValue).toBeGreaterThanOrEqual(0.01);
    expect(Math.abs(study.coverage[50] - 0.5)).toBeLessThanOrEqual(PRIOR_COVERAGE_ALLOWANCE);
    expect(Math.abs(study.coverage[80] - 0.8)).toBeLessThanOrEqual(PRIOR_COVERAGE_ALLOWANCE);
    expect(Math.abs(study.coverage[95] - 0.95)).toBeLessThanOrEqual(PRIOR_COVERAGE_ALLOWANCE);
  });

  it('realistic cases: coverage and median errors within FORECAST.md’s targets', () => {
    for (const row of runCases(REALISTIC_CASES, CASE_COUPLES, exactForecaster)) {
      expect(row.scored, row.name).toBeGreaterThan(CASE_COUPLES / 4);
      expect(casePasses(row), `${row.name}: ${JSON.stringify(row)}`).toBe(true);
    }
  });

  it('fails a forecaster that ignores the check-ins', () => {
    const blind = studyPasses(dataBlindForecaster);
    expect(blind.prior).toBe(false);
    // It misses the error targets where the data should have helped most.
    expect(blind.cases.filter((passed) => !passed).length).toBeGreaterThanOrEqual(2);
  });

  it('is seeded: the same size gives the same figures', () => {
    const once = runCases(REALISTIC_CASES.slice(3), 40, exactForecaster);
    const again = runCases(REALISTIC_CASES.slice(3), 40, exactForecaster);
    expect(again).toEqual(once);
  });
});
