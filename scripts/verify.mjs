// `npm run verify`: the proof of ../shared/SECURITY.md as one table. It runs the
// security, durability, privacy and interoperability suites at full size
// (MEND_VERIFY=1: more fuzz requests, more kill -9 cycles, more timing samples),
// then axe-core, a keyboard walk, the XSS corpus and Lighthouse in Chromium, and prints one row per figure: what was measured,
// its bar, and whether the bar was met. The same table is written into
// docs/security.md between the `verify:begin` and `verify:end` markers.
//
// Each suite writes its figures as JSON lines to the file MEND_PROOF_FILE names
// (test/support/proof.ts); nothing here reads console output. A row the table
// expects that no suite measured shows as "not measured", and counts as not met.
//
// PostgreSQL: the suites run on SQLite, and again on PostgreSQL when
// TEST_DATABASE_URL is set; without it, postgres://postgres@127.0.0.1:5432/test
// is used when it answers. Exit code 0 only when every bar is met.
//
//   node scripts/verify.mjs            the whole table
//   node scripts/verify.mjs --no-e2e   without the browser suites (quicker)
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildWeb, root, run, tool, webIsStale } from './lib/build.mjs';

const startedAt = Date.now();
const artifacts = path.join(root, '.test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const proofFile = path.join(artifacts, 'proof.jsonl');
fs.rmSync(proofFile, { force: true });
const withBrowser = !process.argv.includes('--no-e2e');

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

let databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl && (await answers(DEFAULT_DATABASE_URL))) databaseUrl = DEFAULT_DATABASE_URL;

const env = {
  ...process.env,
  MEND_VERIFY: '1',
  MEND_PROOF_FILE: proofFile,
  ...(databaseUrl ? { TEST_DATABASE_URL: databaseUrl } : {}),
};

// The suites whose figures make the table, each at full size under MEND_VERIFY=1.
const UNIT_SUITES = [
  'test/access-matrix.test.ts',
  'test/csrf.test.ts',
  'test/api-fuzz.test.ts',
  'test/durability.test.ts',
  'test/privacy-lifecycle.test.ts',
  'test/enumeration.test.ts',
  'test/interop',
  'src/server/features/sessions/sessions.test.ts',
  'src/cli/backup-restore.test.ts',
  'test/backup-drill-postgres.test.ts',
];
const E2E_SUITES = [
  'e2e/accessibility.e2e.test.ts',
  'e2e/keyboard-walk.e2e.test.ts',
  'e2e/xss.e2e.test.ts',
  'e2e/lighthouse.e2e.test.ts',
];

/**
 * Every row the table must show, in order, with the bar it is held to. A
 * figure a suite wrote under a row not listed here still shows, at the end.
 */
const kinds = databaseUrl ? ['sqlite', 'postgres'] : ['sqlite'];
const perDatabase = (name, bar) => kinds.map((kind) => ({ row: `${name} [${kind}]`, bar }));
const EXPECTED = [
  ...perDatabase('access matrix', 'unexpected 0, missing 0'),
  ...perDatabase('cross-space probe', '2xx 0, fields outside the allow-list 0'),
  ...perDatabase('API fuzz', 'requests ≥ 10,000; 0, 0, 0'),
  ...perDatabase('session lifecycle', '0, 0'),
  { row: 'session lifecycle: reset and deletion [sqlite]', bar: 'still valid 0' },
  ...perDatabase('CSRF', 'accepted 0'),
  { row: 'enumeration: answers real vs unknown [sqlite]', bar: 'differing 0' },
  { row: 'enumeration: sign-in timing [sqlite]', bar: '≥ 200 samples each; printed' },
  { row: 'brute force: failures before throttling [sqlite]', bar: 'failures ≤ 10; reuse 0' },
  { row: 'XSS and CSP in Chromium', bar: '≥ 100 payloads; scripts 0, CSP violations 0' },
  ...perDatabase('durability', 'cycles ≥ 20, lost 0, integrity failures 0'),
  { row: 'backup drill [sqlite]', bar: 'differing 0' },
  ...(databaseUrl ? [{ row: 'backup drill [postgres]', bar: 'differing 0' }] : []),
  { row: 'privacy: export', bar: 'missing 0' },
  { row: 'privacy: deletion', bar: 'rows left 0' },
  { row: 'privacy: canaries in logs, mails, notices, outbox, raw file', bar: 'found 0' },
  { row: 'accessibility: axe-core', bar: 'violations 0' },
  { row: 'accessibility: keyboard-only walk', bar: 'passes' },
  { row: 'OpenAPI document, independent 3.1 validator', bar: 'errors 0' },
  { row: 'TOTP against otpauth', bar: 'differing 0, refused 0' },
  { row: 'otpauth:// URI parsed by otpauth', bar: 'all equal' },
  { row: 'public HTML, html-validate', bar: 'errors 0' },
  { row: 'feeds, independent feed parser', bar: 'parse errors 0' },
  { row: 'Lighthouse (mobile)', bar: '≥ 95 in each of four scores' },
];

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

const stageResults = [];
async function stage(title, command, args) {
  banner(title);
  const began = Date.now();
  const code = await run(command, args, { env });
  stageResults.push({ title, code, seconds: (Date.now() - began) / 1000 });
}

banner(
  databaseUrl
    ? `verify on SQLite and PostgreSQL (${new URL(databaseUrl).host})`
    : 'verify on SQLite only: PostgreSQL did not answer (set TEST_DATABASE_URL)',
);

// Two files at a time (vitest's default here is one): durability mostly waits on
// its child server's restarts while the access matrix computes, so together
// they take about as long as the longer of them.
await stage('security, durability, privacy and interoperability suites', tool('vitest'), [
  'run',
  '--maxWorkers=2',
  ...UNIT_SUITES,
]);

if (withBrowser) {
  banner('web build for the browser suites');
  let built = true;
  try {
    if (webIsStale()) built = await buildWeb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    built = false;
  }
  if (built) {
    await stage('accessibility in Chromium', tool('vitest'), [
      'run',
      '--config',
      'vitest.e2e.config.ts',
      ...E2E_SUITES,
    ]);
  } else {
    stageResults.push({ title: 'web build', code: 1, seconds: 0 });
  }
}

// ── the table ────────────────────────────────────────────────────────────────
const measured = fs.existsSync(proofFile)
  ? fs
      .readFileSync(proofFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
/** The last figure a suite wrote for each row (a retried test writes again). */
const byRow = new Map(measured.map((line) => [line.row, line]));
const rows = EXPECTED.map(({ row, bar }) => {
  const line = byRow.get(row);
  return line
    ? { row, figure: line.figure, bar: line.bar, met: line.met }
    : { row, figure: 'not measured', bar, met: false };
});
for (const line of byRow.values()) {
  if (!EXPECTED.some((e) => e.row === line.row)) rows.push(line);
}

const cell = (text) => String(text).replaceAll('|', '\\|');
const header = ['row', 'figure', 'bar', 'met'];
const body = rows.map((r) => [r.row, r.figure, r.bar, r.met ? 'met' : 'NOT MET']);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => cell(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => cell(c).padEnd(widths[i])).join(' | ')} |`;
const table = [
  line(header),
  `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
  ...body.map(line),
].join('\n');

const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1);
const metCount = rows.filter((r) => r.met).length;
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const closing = `${metCount} of ${rows.length} bars met; ${when} UTC, ${minutes} min, ${kinds.join(' and ')}.`;

banner('proof');
console.log(table);
console.log(closing);
for (const s of stageResults.filter((s) => s.code !== 0)) {
  console.log(`  ${s.title}: exit code ${s.code} (its failures are above)`);
}

// The same table into docs/security.md, so the document shows the last full run.
const docPath = path.join(root, 'docs', 'security.md');
const BEGIN = '<!-- verify:begin (written by npm run verify; do not edit by hand) -->';
const END = '<!-- verify:end -->';
const doc = fs.readFileSync(docPath, 'utf8');
const from = doc.indexOf(BEGIN);
const to = doc.indexOf(END);
if (from < 0 || to < from) {
  console.log(`docs/security.md has no ${BEGIN} … ${END} markers: the table was not written.`);
} else {
  const generated = `${BEGIN}\n\n${table}\n\n${closing}\n\n`;
  fs.writeFileSync(docPath, doc.slice(0, from) + generated + doc.slice(to));
  // Formatted as the repository formats Markdown, so `prettier --check` stays clean.
  await run(tool('prettier'), ['--write', '--log-level', 'warn', docPath]);
  console.log('Written to docs/security.md.');
}

process.exitCode = metCount === rows.length && stageResults.every((s) => s.code === 0) ? 0 : 1;
