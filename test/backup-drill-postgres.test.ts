/**
 * The backup drill on PostgreSQL, as docs/operations.md tells an operator to do
 * it: `pg_dump --format=custom` while the app holds the database open, then
 * `pg_restore` into a new database, and every table compared — its row count
 * and a hash of all its rows in a fixed order. (The SQLite drill, through
 * `mend backup` and `mend restore`, is src/cli/backup-restore.test.ts.)
 */
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouple, putCheckIn } from './support/factories.js';
import { recordProof } from './support/proof.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
const url = process.env.TEST_DATABASE_URL;
// PostgreSQL's own client tools; a machine with the server elsewhere may lack them
// (then `npm run verify` shows this row as not measured).
const hasTools = ['pg_dump', 'pg_restore'].every(
  (tool) => spawnSync(tool, ['--version']).status === 0,
);

interface TableDigest {
  rows: number;
  hash: string;
}

/** Row count and an md5 of every row's text, in order, for each table of `schema`. */
async function digest(connectionString: string, schema: string): Promise<Map<string, TableDigest>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      'select tablename from pg_tables where schemaname = $1 order by tablename',
      [schema],
    );
    const result = new Map<string, TableDigest>();
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ n: string; hash: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as hash
           from "${schema}"."${tablename}" t`,
      );
      result.set(tablename, { rows: Number(rows[0]!.n), hash: rows[0]!.hash ?? '' });
    }
    return result;
  } finally {
    await client.end();
  }
}

describe.skipIf(!url || !hasTools)('backup drill [postgres]: pg_dump and pg_restore', () => {
  let t: TestApp;
  let dir: string;
  const restoreDb = `mend_restore_${randomBytes(4).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-pg-drill-'));
    t = await createTestApp({ kind: 'postgres' });
    const couple = await createCouple(t);
    await putCheckIn(t, couple.a, { trust: 5, note: { text: 'kept', visibility: 'private' } });
    await putCheckIn(t, couple.b, { trust: 4 });
    await admin(`create database ${restoreDb}`);
  });
  afterAll(async () => {
    await t.close();
    await admin(`drop database if exists ${restoreDb} with (force)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table with 0 differences', { timeout: 120_000 }, async () => {
    const schema = (
      await sql<{ schema: string }>`select current_schema() as schema`.execute(t.db.database.db)
    ).rows[0]!.schema;
    const before = await digest(url!, schema);
    // Online: the app's pool is open while pg_dump reads its consistent snapshot.
    const dump = path.join(dir, 'mend.dump');
    await run('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${dump}`, url!]);
    const target = new URL(url!);
    target.pathname = `/${restoreDb}`;
    await run('pg_restore', ['--no-owner', `--dbname=${target.toString()}`, dump]);
    const after = await digest(target.toString(), schema);

    const names = new Set([...before.keys(), ...after.keys()]);
    const differing = [...names].filter((name) => {
      const x = before.get(name);
      const y = after.get(name);
      return !x || !y || x.rows !== y.rows || x.hash !== y.hash;
    });
    const rows = [...before.values()].reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `[postgres] backup drill: tables ${before.size}, rows ${rows}, tables differing after restore: ${differing.length}`,
    );
    recordProof({
      row: 'backup drill [postgres]',
      figure: `tables ${before.size}, rows ${rows}; tables differing after restore ${differing.length}`,
      bar: 'differing 0',
      met: rows > 0 && differing.length === 0,
    });
    expect(before.get('check_ins')?.rows).toBe(2);
    expect(rows).toBeGreaterThan(10);
    expect(differing).toEqual([]);
  });
});
