/**
 * `npm run bench:forecast`: the forecast's fit time on two years of daily
 * check-ins, and FORECAST.md's validation study at full size — 1,000
 * couples from the prior, 400 per realistic case, 400 per robustness row —
 * printed as a table. Prints figures; the gates it reports are the ones
 * FORECAST.md names (the test suite runs the same study at a smaller size).
 *
 * `--fit-only` prints just the fit time (what `npm run bench` includes).
 */
import { addDays } from '../src/domain/calendar.js';
import { forecastRecovery, type ForecastInput } from '../src/domain/forecast.js';
import { seededRandom, simulateCouple } from '../src/domain/forecast/simulate.js';
import {
  COVERAGE_GATE,
  exactForecaster,
  meetsTargets,
  priorStudy,
  REALISTIC_CASES,
  ROBUSTNESS_CASES,
  runCases,
  type CaseRow,
} from '../src/domain/forecast/validation.js';

const fitOnly = process.argv.includes('--fit-only');

function twoYearsDaily(): ForecastInput {
  const couple = simulateCouple(seededRandom(42), {
    severity: 'severe',
    joinDay: 0,
    dataDays: 729,
    missingShare: 0,
  });
  return { ...couple.input, asOf: addDays(couple.input.origin, 729) };
}

function fitTime(): void {
  const input = twoYearsDaily();
  for (let i = 0; i < 50; i += 1) forecastRecovery(input); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const start = process.hrtime.bigint();
    forecastRecovery(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `fit, two years of daily check-ins (${input.ratings.length} ratings), one core, 500 fits: ` +
      `median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms (budget 5 ms)`,
  );
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const months = (value: number) => value.toFixed(2);

function printRows(rows: CaseRow[], gated: boolean): void {
  const header = gated
    ? '| case | couples scored | 80 % coverage | median abs. error (months) | target | meets |'
    : '| case | couples scored | 80 % coverage | median abs. error (months) |';
  console.log(header);
  console.log(header.replace(/[^|]+/g, ' --- '));
  for (const row of rows) {
    const cells = [
      row.name,
      `${row.scored} of ${row.couples}`,
      pct(row.coverage80),
      months(row.medianErrorMonths),
    ];
    if (gated) cells.push(`≤ ${row.targetMonths}`, meetsTargets(row) ? 'yes' : 'NO');
    console.log(`| ${cells.join(' | ')} |`);
  }
}

fitTime();
if (!fitOnly) {
  const started = Date.now();
  const prior = priorStudy(1000, exactForecaster);
  console.log(
    '\nFrom the prior (1,000 couples; ratings on the model scale, couples leaving 1–7 redrawn):',
  );
  console.log(
    `  drawn ${prior.drawn}, KS distance ${prior.ksDistance.toFixed(4)}, p = ${prior.ksPValue.toFixed(3)}`,
  );
  console.log(
    `  coverage: 50 % → ${pct(prior.coverage[50])}, 80 % → ${pct(prior.coverage[80])}, 95 % → ${pct(prior.coverage[95])}` +
      ` (target ±3 points; uniform ranks not rejected at 1 %: ${prior.ksPValue >= 0.01 ? 'yes' : 'NO'})`,
  );
  console.log(
    `\nRealistic cases (400 couples each; joined 30 days after the origin; 40 % of days missing; ` +
      `couples already recovered left out; coverage target ${COVERAGE_GATE.low}–${COVERAGE_GATE.high}):`,
  );
  printRows(runCases(REALISTIC_CASES, 400, exactForecaster), true);
  console.log('\nRobustness (reported, not gated; moderate breach, 6 months of data):');
  printRows(runCases(ROBUSTNESS_CASES, 400, exactForecaster), false);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
