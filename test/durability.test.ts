/**
 * Durability: a real server process, under a write load, is killed with
 * SIGKILL at a random moment, again and again: on a SQLite file, and on its own
 * PostgreSQL database when TEST_DATABASE_URL is set. Every write it
 * acknowledged must be there after each restart, and the database must pass
 * its integrity check (SQLite's integrity_check; amcheck over every B-tree
 * index on PostgreSQL). This proves survival of process crashes; power loss is
 * covered by WAL with synchronous=FULL and PostgreSQL's fsync settings, see
 * docs/operations.md. Three cycles in `npm test`, twenty under verify.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, type TestDatabaseKind } from './support/databases.js';
import { SAFE_ANSWERS, STRONG_PASSWORD } from './support/factories.js';
import { atScale, recordProof } from './support/proof.js';

const CYCLES = atScale(3, 20);
const WRITERS = 4;
/** The load runs this long at least, then the kill comes at a random moment up to LOAD_JITTER_MS later. */
const LOAD_MS = atScale(1500, 700);
const LOAD_JITTER_MS = 800;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL: a database of its own (the server takes a plain DATABASE_URL,
 * with no schema to confine it), dropped afterwards.
 */
async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Failures from amcheck's bt_index_check over every B-tree index of the database. */
async function postgresIntegrityFailures(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // amcheck ships with PostgreSQL's contrib; where it cannot be installed (no
    // contrib, no right to create extensions) the full read of every table below remains.
    const amcheck = await client
      .query('create extension if not exists amcheck')
      .then(() => true)
      .catch(() => false);
    const { rows } = await client.query<{ oid: number }>(
      `select c.oid from pg_index i join pg_class c on c.oid = i.indexrelid
         join pg_am a on a.oid = c.relam join pg_namespace n on n.oid = c.relnamespace
        where a.amname = 'btree' and n.nspname = 'public' and c.relpersistence = 'p'`,
    );
    let failures = 0;
    for (const { oid } of amcheck ? rows : []) {
      try {
        await client.query('select bt_index_check($1::regclass, true)', [oid]);
      } catch {
        failures += 1;
      }
    }
    // Every table must also read to its end.
    const tables = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    for (const { tablename } of tables.rows) {
      try {
        await client.query(`select count(*) from "${tablename}"`);
      } catch {
        failures += 1;
      }
    }
    return failures;
  } finally {
    await client.end();
  }
}

describeEachDatabase('durability', (kind: TestDatabaseKind) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-durability-'));
  const pgName = `mend_durability_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string | undefined;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    if (kind !== 'postgres') return;
    await withAdmin((admin) => admin.query(`create database ${pgName}`));
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${pgName}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    if (child) await exited(child);
    fs.rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      await withAdmin((admin) => admin.query(`drop database if exists ${pgName} with (force)`));
    }
  });

  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => process.once('exit', resolve));

  async function start(port: number): Promise<string> {
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...env,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl, MEND_ENCRYPTION_KEY: randomKeyOnce() } : {}),
        PORT: String(port),
        HOST: '127.0.0.1',
        MEND_DATA_DIR: dir,
        PUBLIC_URL: base,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 600; i += 1) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) return base;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the server did not start');
  }

  let key: string | undefined;
  const randomKeyOnce = () => (key ??= randomBytes(32).toString('base64'));

  it(
    'loses no acknowledged write across kill -9 cycles',
    { timeout: 60_000 + CYCLES * 20_000 },
    async () => {
      const port = await freePort();
      let base = await start(port);
      const headers = (cookie?: string) => ({
        'content-type': 'application/json',
        origin: base,
        ...(cookie ? { cookie } : {}),
      });

      const cookies: string[] = [];
      for (let i = 0; i < WRITERS; i += 1) {
        const response = await fetch(`${base}/api/v1/accounts`, {
          method: 'POST',
          headers: headers(),
          body: JSON.stringify({
            email: `w${i}@example.test`,
            displayName: `W${i}`,
            password: STRONG_PASSWORD,
            timeZone: 'UTC',
          }),
        });
        expect(response.status, await response.clone().text()).toBe(201);
        const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
        await fetch(`${base}/api/v1/safety-check`, {
          method: 'PUT',
          headers: headers(cookie),
          body: JSON.stringify({ answers: SAFE_ANSWERS }),
        });
        expect(
          (await fetch(`${base}/api/v1/spaces`, { method: 'POST', headers: headers(cookie) }))
            .status,
        ).toBe(201);
        cookies.push(cookie);
      }

      const acknowledged = new Array<number>(WRITERS).fill(0);
      let acknowledgedTotal = 0;
      let lost = 0;
      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        const until = Date.now() + LOAD_MS + Math.floor(Math.random() * LOAD_JITTER_MS);
        let counter = cycle * 1_000_000;
        await Promise.all(
          cookies.map(async (cookie, writer) => {
            while (Date.now() < until) {
              counter += 1;
              const value = counter;
              try {
                const response = await fetch(`${base}/api/v1/check-ins`, {
                  method: 'PUT',
                  headers: headers(cookie),
                  body: JSON.stringify({ note: { text: String(value), visibility: 'private' } }),
                });
                if (response.status === 200) {
                  acknowledged[writer] = Math.max(acknowledged[writer]!, value);
                  acknowledgedTotal += 1;
                }
              } catch {
                return;
              }
            }
          }),
        );
        // Kill in the middle of more writes.
        const inFlight = cookies.map((cookie) =>
          fetch(`${base}/api/v1/check-ins`, {
            method: 'PUT',
            headers: headers(cookie),
            body: JSON.stringify({ trust: 4 }),
          }).catch(() => null),
        );
        child!.kill('SIGKILL');
        await Promise.all([...inFlight, exited(child!)]);

        base = await start(port);
        for (let writer = 0; writer < WRITERS; writer += 1) {
          const response = await fetch(`${base}/api/v1/check-ins`, {
            headers: headers(cookies[writer]),
          });
          const items = ((await response.json()) as { items: { note: { text: string } | null }[] })
            .items;
          const stored = Number(items[0]?.note?.text ?? 0);
          // The stored value may be newer than the last acknowledged one, never older.
          if (stored < acknowledged[writer]!) lost += 1;
        }
      }
      child!.kill('SIGTERM');
      await exited(child!);
      let integrityFailures: number;
      if (databaseUrl) {
        integrityFailures = await postgresIntegrityFailures(databaseUrl);
      } else {
        const db = new SQLite(path.join(dir, 'mend.db'), { readonly: true });
        integrityFailures = db.pragma('integrity_check', { simple: true }) === 'ok' ? 0 : 1;
        db.close();
      }
      const figure = `kill -9 cycles ${CYCLES}; acknowledged writes ${acknowledgedTotal}; lost ${lost}; integrity failures ${integrityFailures}`;
      console.log(`[${kind}] durability: ${figure}`);
      recordProof({
        row: `durability [${kind}]`,
        figure,
        bar: 'cycles ≥ 20, lost 0, integrity failures 0',
        met: CYCLES >= 20 && lost === 0 && integrityFailures === 0,
      });
      expect(acknowledgedTotal).toBeGreaterThan(CYCLES * WRITERS);
      expect(lost).toBe(0);
      expect(integrityFailures).toBe(0);
    },
  );
});
