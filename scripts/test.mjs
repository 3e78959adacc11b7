// `npm test`: every check in order, then one plain closing line
// `N passed, N failed, N skipped`. Each check (format, lint, types) counts as
// one test; vitest's own counts come from its JSON report, written beside the
// default reporter so a person still watches progress as it happens. Every
// stage runs even after a failure, so one run shows every problem.
//
// One stage alone, with the same counting and closing line:
//   node scripts/test.mjs unit [vitest arguments]  (`npm run test:unit`)
//   node scripts/test.mjs e2e [vitest arguments]   (`npm run test:e2e`, builds the web app first)
// so `npm run test:unit -- test/csrf.test.ts` runs one file.
import fs from 'node:fs';
import path from 'node:path';
import { buildWeb, root, run, tool } from './lib/build.mjs';

const artifacts = path.join(root, '.test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const STAGES = ['unit', 'e2e'];
const [stage = 'all', ...vitestArgs] = process.argv.slice(2);
if (stage !== 'all' && !STAGES.includes(stage)) {
  console.error(`Unknown stage "${stage}": use one of ${STAGES.join(', ')}, or none for all.`);
  process.exit(2);
}
if (stage === 'all' && vitestArgs.length > 0) {
  console.error('Arguments for vitest need a stage: node scripts/test.mjs unit|e2e <arguments>.');
  process.exit(2);
}
const runs = (name) => stage === 'all' || stage === name;

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function record(title, outcome, startedAt, detail = '') {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  summary.push(`  ${outcome.padEnd(7)} ${title} (${seconds} s)${detail ? ` — ${detail}` : ''}`);
}

/** A check counts as one test: passed when every command in it exits 0. */
async function check(title, commands) {
  banner(title);
  const startedAt = Date.now();
  let ok = true;
  for (const [command, args] of commands) {
    console.log(`$ ${path.basename(command)} ${args.join(' ')}`);
    if ((await run(command, args)) !== 0) ok = false;
  }
  totals[ok ? 'passed' : 'failed'] += 1;
  record(title, ok ? 'passed' : 'FAILED', startedAt);
}

/** Runs vitest with a JSON report next to the default reporter and adds its counts. */
async function vitest(title, name, extraArgs) {
  banner(title);
  const startedAt = Date.now();
  const report = path.join(artifacts, `vitest-${name}.json`);
  fs.rmSync(report, { force: true });
  const args = [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  console.log(`$ vitest ${args.join(' ')}`);
  const code = await run(tool('vitest'), args);

  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    // A file that failed with no failing test in it (it would not load, or a
    // beforeAll hook threw and its tests show as skipped) counts as one failure.
    const brokenFiles = json.testResults.filter(
      (file) =>
        file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    ).length;
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + brokenFiles,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  }
  // A run that failed outside any test (an unhandled error, a crash before the
  // report was written) must still show as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  const detail = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
  record(title, code === 0 ? 'passed' : 'FAILED', startedAt, detail);
}

function note(title, why) {
  banner(title);
  console.log(why);
  summary.push(`  skipped ${title} — ${why}`);
}

/** Builds the web app, then runs the end-to-end config against it. */
async function endToEnd() {
  if (!fs.existsSync(path.join(root, 'vitest.e2e.config.ts'))) {
    note('end to end', 'no vitest.e2e.config.ts yet, so there is nothing to run.');
    return;
  }
  banner('web build for end to end (vite build)');
  const startedAt = Date.now();
  let built = false;
  try {
    built = await buildWeb();
    record('web build', built ? 'passed' : 'skipped', startedAt);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    // Without a build there is nothing to test end to end: count that once.
    totals.failed += 1;
    record('web build', 'FAILED', startedAt);
  }
  if (built) {
    await vitest('end to end in Chromium (vitest --config vitest.e2e.config.ts)', 'e2e', [
      '--config',
      'vitest.e2e.config.ts',
      '--passWithNoTests',
      ...vitestArgs,
    ]);
  }
}

try {
  if (stage === 'all') {
    await check('format (prettier --check .)', [[tool('prettier'), ['--check', '.']]]);
    await check('lint (eslint .)', [[tool('eslint'), ['.']]]);
    const webTsconfig = path.join(root, 'src', 'web', 'tsconfig.json');
    await check('types (tsc --noEmit)', [
      [tool('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
      ...(fs.existsSync(webTsconfig) ? [[tool('tsc'), ['--noEmit', '-p', webTsconfig]]] : []),
    ]);
  }

  if (runs('unit')) {
    await vitest('unit and integration (vitest run)', 'unit', vitestArgs);
    if (!process.env.TEST_DATABASE_URL) {
      console.log('TEST_DATABASE_URL is not set: the integration suites ran on SQLite only.');
    }
  }

  if (runs('e2e')) await endToEnd();
} catch (error) {
  // A missing tool (no `npm ci`) or a broken script: say so, and count it.
  console.error(error instanceof Error ? error.message : error);
  totals.failed += 1;
}

banner('summary');
console.log(summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
