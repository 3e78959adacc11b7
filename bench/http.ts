/**
 * HTTP throughput and latency, measured with wrk: the real app in its own
 * process on one core, wrk on the other, and a bare node:http server measured
 * the same way in the same run — the ratio to it is the figure that stays
 * meaningful on a busy machine. Prints one table and asserts nothing.
 *
 * For each database (SQLite; PostgreSQL too when TEST_DATABASE_URL is set):
 *   - each path at its peak (16 connections), then paced to 80 % of that peak
 *     for the p99 that a busy but not saturated server gives;
 *   - the reads again on a big dataset (BENCH_COUPLES other couples with
 *     BENCH_DAYS days of check-ins each) next to the small one;
 *   - cold start (process spawn to /readyz answering) and resident memory
 *     after the load.
 *
 * BENCH_SECONDS (default 5) is each measurement's length, after a 1 s warm-up;
 * BENCH_PROFILE=<dir> writes a CPU profile of each app process (see
 * bench/profile-summary.ts); BENCH_ONLY=sqlite skips PostgreSQL; BENCH_PATHS=PUT,me
 * measures only the paths whose names contain one of those words.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabase, fillOthers, giveHistory, migrate } from './support/dataset.js';
import { couples } from './support/members.js';
import { wrk, type WrkRequest, type WrkResult } from './support/wrk.js';

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const BIG_COUPLES = Number(process.env.BENCH_COUPLES ?? 2000);
const DAYS = Number(process.env.BENCH_DAYS ?? 365);
const PACED_SHARE = 0.8;
const GUIDE_SLUG = 'what-trust-rests-on';
const twoCores = os.cpus().length >= 2;
const SERVER_CORE = twoCores ? '0' : undefined;
const LOAD_CORE = twoCores ? '1' : undefined;

const CHECK_IN = JSON.stringify({
  trust: 4,
  honesty: 5,
  reliability: 4,
  openness: 3,
  safety: 5,
  effort: 4,
  talkedOpenly: true,
  note: { text: 'We walked after dinner and talked about the weekend.', visibility: 'shared' },
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface Server {
  base: string;
  coldStartMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Spawns a server entry pinned to the server core and waits for /readyz (or / for the bare one). */
async function startServer(entry: string, env: Record<string, string>, probe: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each app process there.
  const profile = process.env.BENCH_PROFILE;
  const node = [
    process.execPath,
    ...(profile && entry.endsWith('mend-server.ts')
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`]
      : []),
    '--import',
    'tsx',
    entry,
  ];
  const [command, args] = SERVER_CORE
    ? ['taskset', ['-c', SERVER_CORE, ...node]]
    : [node[0]!, node.slice(1)];
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${entry} exited before it was ready`);
    try {
      const response = await fetch(base + probe);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const coldStartMs = performance.now() - started;
  return {
    base,
    coldStartMs,
    rssMb() {
      // taskset execs node, so the child's pid is the server's.
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  } satisfies Server;
}

async function load(base: string, requests: WrkRequest[], delayMs?: number): Promise<WrkResult> {
  // A short warm-up lets V8 compile the hot paths before the measured period.
  await wrk({ base, requests, connections: CONNECTIONS, seconds: 1, cores: LOAD_CORE });
  return wrk({
    base,
    requests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    cores: LOAD_CORE,
    ...(delayMs ? { delayMs } : {}),
  });
}

/** One request by hand first: a path that fails would measure its error page. */
async function answersOk(base: string, request: WrkRequest): Promise<void> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: request.headers,
    ...(request.body ? { body: request.body } : {}),
  });
  if (!response.ok) {
    throw new Error(
      `${request.method} ${request.path}: ${response.status} ${await response.text()}`,
    );
  }
}

/** Each connection waits so that 16 of them together ask for ~80 % of the peak rate. */
function pacedDelay(peak: WrkResult): number {
  const cycleMs = (CONNECTIONS * 1000) / (PACED_SHARE * peak.requestsPerSecond);
  return Math.max(1, cycleMs - 1000 / peak.requestsPerSecond);
}

interface Row {
  path: string;
  database: string;
  dataset: string;
  peak: WrkResult;
  bare: number;
  paced?: WrkResult;
}

const rows: Row[] = [];
const notes: string[] = [];

function cell(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function printTable(): void {
  const header = [
    'path',
    'database',
    'data',
    'req/s',
    '× bare',
    'p50 ms',
    'p99 ms',
    '@80% req/s',
    '@80% p99',
    'errors',
  ];
  const widths = [31, 10, 6, 9, 8, 8, 8, 11, 9, 7];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  console.log(line(header));
  for (const row of rows) {
    console.log(
      line([
        row.path,
        row.database,
        row.dataset,
        cell(row.peak.requestsPerSecond, 0),
        cell(row.peak.requestsPerSecond / row.bare, 3),
        cell(row.peak.p50Ms),
        cell(row.peak.p99Ms),
        row.paced ? cell(row.paced.requestsPerSecond, 0) : '',
        row.paced ? cell(row.paced.p99Ms) : '',
        String(row.peak.non2xx + row.peak.socketErrors + (row.paced?.non2xx ?? 0)),
      ]),
    );
  }
  for (const note of notes) console.log(note);
}

const supportDir = path.join(import.meta.dirname, 'support');

if (spawnSync('wrk', ['--version']).error) {
  console.log('wrk is not installed (Debian: apt-get install wrk): no HTTP figures.');
  process.exit(0);
}

// The floor, once for a write and once for a read.
const bareServer = await startServer(path.join(supportDir, 'bare-server.ts'), {}, '/');
const bareWrite = await load(bareServer.base, [
  {
    method: 'PUT',
    path: '/api/v1/check-ins',
    headers: { 'content-type': 'application/json', origin: bareServer.base },
    body: CHECK_IN,
  },
]);
const bareRead = await load(bareServer.base, [{ method: 'GET', path: '/api/v1/me', headers: {} }]);
await bareServer.stop();
rows.push({
  path: 'PUT (bare node:http)',
  database: '—',
  dataset: '—',
  peak: bareWrite,
  bare: bareWrite.requestsPerSecond,
});
rows.push({
  path: 'GET (bare node:http)',
  database: '—',
  dataset: '—',
  peak: bareRead,
  bare: bareRead.requestsPerSecond,
});

async function measureDatabase(pgUrl: string | undefined): Promise<void> {
  for (const dataset of ['small', 'big'] as const) {
    const target = await createDatabase(pgUrl);
    const database = target.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    try {
      await migrate(target);
      if (dataset === 'big') {
        const started = performance.now();
        await fillOthers(target, BIG_COUPLES, DAYS);
        notes.push(
          `${database} big dataset: ${BIG_COUPLES} other couples × ${DAYS} days of check-ins ` +
            `(${BIG_COUPLES * 2 * DAYS} rows) written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      const server = await startServer(
        path.join(supportDir, 'mend-server.ts'),
        {
          BENCH_DATABASE_URL: target.url,
          ...(target.schema ? { BENCH_SCHEMA: target.schema } : {}),
        },
        '/readyz',
      );
      try {
        const cookies = await couples(server.base);
        await giveHistory(target, DAYS);
        const as = (method: string, url: string, body?: string): WrkRequest[] =>
          cookies.map((cookie) => ({
            method,
            path: url,
            headers: {
              cookie,
              origin: server.base,
              ...(body ? { 'content-type': 'application/json' } : {}),
            },
            ...(body ? { body } : {}),
          }));
        const paths: [string, WrkRequest[], number][] = [
          ['GET /api/v1/me', as('GET', '/api/v1/me'), bareRead.requestsPerSecond],
          ['GET /api/v1/check-ins', as('GET', '/api/v1/check-ins'), bareRead.requestsPerSecond],
        ];
        if (dataset === 'small') {
          paths.unshift([
            'PUT /api/v1/check-ins',
            as('PUT', '/api/v1/check-ins', CHECK_IN),
            bareWrite.requestsPerSecond,
          ]);
          paths.push([
            `GET /guide/${GUIDE_SLUG}`,
            [{ method: 'GET', path: `/guide/${GUIDE_SLUG}`, headers: {} }],
            bareRead.requestsPerSecond,
          ]);
        }
        const only = process.env.BENCH_PATHS?.split(',');
        for (const [name, requests, bare] of paths) {
          if (only && !only.some((word) => name.includes(word))) continue;
          await answersOk(server.base, requests[0]!);
          const peak = await load(server.base, requests);
          const paced =
            dataset === 'small' ? await load(server.base, requests, pacedDelay(peak)) : undefined;
          rows.push({ path: name, database, dataset, peak, bare, ...(paced ? { paced } : {}) });
        }
        notes.push(
          `${database} ${dataset}: cold start to /readyz ${server.coldStartMs.toFixed(0)} ms ` +
            `(tsx, migrated database); RSS after the load ${server.rssMb().toFixed(0)} MB`,
        );
      } finally {
        await server.stop();
      }
    } finally {
      await target.drop();
    }
  }
  for (const name of ['GET /api/v1/me', 'GET /api/v1/check-ins']) {
    const mine = rows.filter(
      (r) => r.path === name && r.database === (pgUrl ? 'PostgreSQL' : 'SQLite'),
    );
    const small = mine.find((r) => r.dataset === 'small');
    const big = mine.find((r) => r.dataset === 'big');
    if (small && big) {
      notes.push(
        `${pgUrl ? 'PostgreSQL' : 'SQLite'} ${name}: small ÷ big req/s = ` +
          `${(small.peak.requestsPerSecond / big.peak.requestsPerSecond).toFixed(2)} (target ≤ 1.5)`,
      );
    }
  }
}

console.log(
  `wrk -t1 -c${CONNECTIONS}, ${SECONDS} s per measurement after 1 s warm-up; ` +
    (twoCores ? 'server on core 0, wrk on core 1' : 'one core: server and wrk share it') +
    ` (${os.cpus().length} CPUs). "× bare" is the ratio to the bare node:http server in this run; ` +
    `"@80%" paces each connection to about 80 % of that path's peak.`,
);
await measureDatabase(undefined);
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl && process.env.BENCH_ONLY !== 'sqlite') await measureDatabase(pgUrl);
else notes.push('(TEST_DATABASE_URL is not set: no PostgreSQL run)');
printTable();
