/**
 * Check-in write throughput: the real app (every plugin, the session lookup,
 * the access check, encryption of the note, the upsert) on a real database,
 * against a bare node:http server that parses the same JSON and answers a
 * small JSON body — both driven by the same load generator in the same run, so
 * the ratio means something even on a busy machine. Prints figures only.
 *
 * BENCH_SECONDS (default 5) sets the measured period; TEST_DATABASE_URL adds a
 * PostgreSQL run.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { systemClock } from '../src/server/platform/clock.js';
import { loadConfig } from '../src/server/platform/config.js';
import { FieldCipher } from '../src/server/platform/crypto/field-cipher.js';
import { openDatabase, type Database } from '../src/server/platform/db/database.js';
import { migrateToLatest } from '../src/server/platform/db/migrate.js';
import { MemoryRateLimiter } from '../src/server/platform/rate-limit/memory-rate-limiter.js';
import { measure, type LoadRequest, type LoadResult } from './support/load.js';

const CONNECTIONS = 16;
const WARMUP_MS = 1000;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
/** The Origin the bare server is sent (it checks nothing; Mend gets its own). */
const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'quiet harbour lantern 42';

const SAFE_ANSWERS = { afraid: 'no', hurtOrThreatened: 'no', controlled: 'no', freeToSayNo: 'yes' };

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

interface Target {
  name: string;
  url: string;
  requests: LoadRequest[];
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

/** The floor: node:http alone, reading and answering JSON of the same size. */
async function bareNodeHttp(): Promise<Target> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const answer = JSON.stringify({
        checkIn: { id: '0190f3c4-0000-7000-8000-000000000000', day: '2026-03-10', ...body },
      });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(answer);
    });
  });
  server.keepAliveTimeout = 30_000;
  const url = await listen(server);
  const headers = { 'content-type': 'application/json', origin: ORIGIN };
  return {
    name: 'bare node:http',
    url: `${url}/api/v1/check-ins`,
    requests: [{ headers, body: CHECK_IN }],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function call(base: string, method: string, url: string, cookie?: string, body?: unknown) {
  const response = await fetch(base + url, {
    method,
    headers: {
      origin: base,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

async function signUp(base: string, n: number): Promise<string> {
  const response = await call(base, 'POST', '/api/v1/accounts', undefined, {
    email: `bench${n}-${Date.now()}@example.test`,
    displayName: `Bench ${n}`,
    password: PASSWORD,
    timeZone: 'Europe/Berlin',
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('mend_session'));
  if (!setCookie) throw new Error('no session cookie after sign-up');
  const cookie = setCookie.split(';')[0]!;
  // Joint features open after the short safety check, answered here with no concern.
  await call(base, 'PUT', '/api/v1/safety-check', cookie, { answers: SAFE_ANSWERS });
  return cookie;
}

/** Two couples, so writes land in two spaces. */
async function couples(base: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const a = await signUp(base, i * 2);
    const b = await signUp(base, i * 2 + 1);
    await call(base, 'POST', '/api/v1/spaces', a);
    const invite = await call(base, 'POST', '/api/v1/space/invites', a);
    const { token } = (await invite.json()) as { token: string };
    await call(base, 'POST', '/api/v1/invites/accept', b, { token });
    cookies.push(a, b);
  }
  return cookies;
}

/** A free port, so the app can be configured for the exact address it will answer on. */
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

async function mend(name: string, database: Database, cleanup: () => Promise<void>) {
  await migrateToLatest(database.db);
  // Mend answers only for its PUBLIC_URL's host, so that is where it listens.
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PORT: String(port),
    PUBLIC_URL: publicUrl,
  });
  const limiter = new MemoryRateLimiter();
  // Logging stays on (a real server logs every request); the lines are dropped here.
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    limiter,
    cipher: new FieldCipher(randomBytes(32)),
    logStream: discard,
  });
  const base = await app.listen({ port, host: '127.0.0.1' });
  const cookies = await couples(base);
  return {
    name,
    url: `${base}/api/v1/check-ins`,
    requests: cookies.map((cookie) => ({
      headers: { 'content-type': 'application/json', origin: publicUrl, cookie },
      body: CHECK_IN,
    })),
    close: async () => {
      await app.close();
      await limiter.close();
      await database.close();
      await cleanup();
    },
  } satisfies Target;
}

async function mendOnSqlite(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(process.env.BENCH_SQLITE_DIR ?? os.tmpdir(), 'mend-bench-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'mend.db')}`);
  return mend('Mend on SQLite (WAL, synchronous=FULL)', database, async () =>
    fs.rmSync(dir, { recursive: true, force: true }),
  );
}

async function mendOnPostgres(url: string): Promise<Target> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(url, { schema });
  return mend('Mend on PostgreSQL', database, async () => {
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`drop schema ${schema} cascade`);
    await cleanup.end();
  });
}

function row(cells: (string | number)[]): string {
  const widths = [40, 12, 9, 9, 10];
  return cells
    .map((cell, i) =>
      i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!),
    )
    .join('');
}

function describeProblems(result: LoadResult): string {
  const statuses = Object.entries(result.unexpected).map(([status, n]) => `${n}× ${status}`);
  if (result.errors > 0) statuses.push(`${result.errors} socket errors`);
  return statuses.length ? statuses.join(', ') : '0';
}

async function run(start: () => Promise<Target>): Promise<[string, LoadResult]> {
  const target = await start();
  try {
    const result = await measure({
      url: target.url,
      method: 'PUT',
      requests: target.requests,
      connections: CONNECTIONS,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
    });
    return [target.name, result];
  } finally {
    await target.close();
  }
}

console.log(
  `Check-in write: PUT /api/v1/check-ins, ${CONNECTIONS} keep-alive connections, ` +
    `${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up, load from a separate process ` +
    `(${os.cpus().length} CPUs)`,
);
const starts: (() => Promise<Target>)[] = [bareNodeHttp, mendOnSqlite];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) starts.push(() => mendOnPostgres(pgUrl));
else console.log('(TEST_DATABASE_URL is not set: no PostgreSQL run)');

const results: [string, LoadResult][] = [];
console.log(row(['target', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx']));
for (const start of starts) {
  const [name, result] = await run(start);
  results.push([name, result]);
  console.log(
    row([
      name,
      Math.round(result.requestsPerSecond),
      result.p50Ms.toFixed(2),
      result.p99Ms.toFixed(2),
      describeProblems(result),
    ]),
  );
}
const bare = results[0]![1].requestsPerSecond;
for (const [name, result] of results.slice(1)) {
  console.log(
    `${name}: ${((100 * result.requestsPerSecond) / bare).toFixed(1)} % of bare node:http`,
  );
}
