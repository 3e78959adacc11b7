/**
 * The restore drill: a real SQLite file with real rows, backed up while the
 * server holds it open (with writes still in the WAL), restored into a new
 * place, and compared table by table — counts and a hash of every row.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouple, putCheckIn, signUp } from '../../test/support/factories.js';
import { recordProof } from '../../test/support/proof.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { Io } from './io.js';
import { run } from './main.js';

interface TableDigest {
  rows: number;
  hash: string;
}

/** Every table's row count and a hash of all its rows in a fixed order. */
function digest(file: string): Map<string, TableDigest> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
      )
      .all() as { name: string }[];
    const result = new Map<string, TableDigest>();
    for (const { name } of tables) {
      const columns = (db.pragma(`table_info("${name}")`) as unknown[]).length;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      const rows = db.prepare(`select * from "${name}" order by ${order}`).raw().all();
      const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      result.set(name, { rows: rows.length, hash });
    }
    return result;
  } finally {
    db.close();
  }
}

function differences(a: Map<string, TableDigest>, b: Map<string, TableDigest>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => {
    const x = a.get(name);
    const y = b.get(name);
    return !x || !y || x.rows !== y.rows || x.hash !== y.hash;
  });
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err, text: () => [...out, ...err].join('\n') };
}

const sqliteEnv = (file: string, dataDir: string) => ({
  DATABASE_URL: `sqlite:${file}`,
  MEND_DATA_DIR: dataDir,
});

describe('mend backup and restore (SQLite)', () => {
  let dir: string;
  let t: TestApp;
  let live: string;
  let backup: string;
  let snapshot: Map<string, TableDigest>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-drill-'));
    live = path.join(dir, 'live.db');
    backup = path.join(dir, 'backups', 'mend-backup.db');
    fs.mkdirSync(path.dirname(backup));
    t = await createTestApp({ sqliteFile: live });

    // Two couples and a loner, with check-ins and notes of both visibilities.
    for (let couple = 0; couple < 2; couple += 1) {
      const { a, b } = await createCouple(t);
      for (const [member, visibility] of [
        [a, 'private'],
        [b, 'shared'],
      ] as const) {
        const yesterday = await putCheckIn(t, member, {
          day: '2026-03-09',
          trust: 3,
          effort: 4,
          note: { text: `yesterday, ${visibility}`, visibility },
        });
        expect(yesterday.statusCode, yesterday.body).toBe(200);
        const today = await putCheckIn(t, member, { trust: 5, talkedOpenly: true });
        expect(today.statusCode, today.body).toBe(200);
      }
    }
    await signUp(t);
  });

  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the database is open, and the restore has 0 differences', async () => {
    // The server's connection is open and recent commits may still sit in the WAL.
    snapshot = digest(live);
    expect(snapshot.get('check_ins')?.rows).toBe(8);

    const backedUp = capture();
    expect(await run(['backup', backup], sqliteEnv(live, dir), backedUp.io), backedUp.text()).toBe(
      0,
    );
    expect(backedUp.out.join('\n')).toContain('encryption key is not in the backup');

    // The server writes on after the backup; the backup keeps the moment it was taken.
    const later = await signUp(t);
    expect(later.id).toBeTruthy();

    const restoredFile = path.join(dir, 'restored', 'mend.db');
    const restored = capture();
    expect(
      await run(['restore', backup], sqliteEnv(restoredFile, dir), restored.io),
      restored.text(),
    ).toBe(0);

    const after = digest(restoredFile);
    const differing = differences(snapshot, after);
    const rows = [...after.values()].reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `backup drill: tables ${after.size}, rows ${rows}, tables differing after restore: ${differing.length}`,
    );
    recordProof({
      row: 'backup drill [sqlite]',
      figure: `tables ${after.size}, rows ${rows}; tables differing after restore ${differing.length}`,
      bar: 'differing 0',
      met: rows > 0 && differing.length === 0,
    });
    expect(differing).toEqual([]);
    expect(differences(digest(live), after)).toContain('members');
  });

  it('refuses to overwrite an existing database without --force', async () => {
    const target = path.join(dir, 'existing.db');
    fs.copyFileSync(backup, target);
    const before = digest(target);
    fs.writeFileSync(target + '-wal', ''); // an empty WAL is harmless but must stay untouched too

    const refused = capture();
    expect(await run(['restore', backup], sqliteEnv(target, dir), refused.io)).toBe(1);
    expect(refused.err.join('\n')).toMatch(/already holds a database.*--force/s);
    expect(differences(before, digest(target))).toEqual([]);
  });

  it('refuses a database the running server holds open, even with --force', async () => {
    const refused = capture();
    expect(await run(['restore', backup, '--force'], sqliteEnv(live, dir), refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('is in use');
    expect(digest(live).get('members')?.rows).toBe(snapshot.get('members')!.rows + 1);
  });

  it('with --force, replaces a crashed database and drops its stale WAL and SHM', async () => {
    // A database whose process died: its -wal holds commits the restore must not replay.
    const crashed = path.join(dir, 'crashed.db');
    const writer = new SQLite(crashed);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('create table members (id text primary key, note text)');
    writer.exec(`insert into members values ('ghost', 'from before the restore')`);
    for (const suffix of ['', '-wal', '-shm']) {
      fs.copyFileSync(crashed + suffix, path.join(dir, `frozen.db${suffix}`));
    }
    writer.close();

    for (const orphaned of [false, true]) {
      const frozen = path.join(dir, `frozen-${orphaned}.db`);
      for (const suffix of ['', '-wal', '-shm']) {
        fs.copyFileSync(path.join(dir, `frozen.db${suffix}`), frozen + suffix);
      }
      // Only the WAL and SHM are left: nothing will tidy them away unless the
      // restore does, and SQLite would replay that WAL over the restored pages.
      if (orphaned) fs.rmSync(frozen);

      const forced = capture();
      expect(
        await run(['restore', backup, '--force'], sqliteEnv(frozen, dir), forced.io),
        forced.text(),
      ).toBe(0);
      expect(fs.existsSync(frozen + '-wal')).toBe(false);
      expect(fs.existsSync(frozen + '-shm')).toBe(false);
      expect(differences(snapshot, digest(frozen))).toEqual([]);
    }
  });

  it('refuses files that are not sound SQLite databases, and leaves no trace', async () => {
    const target = path.join(dir, 'never.db');
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'this is not a database');
    const notSqlite = capture();
    expect(await run(['restore', junk], sqliteEnv(target, dir), notSqlite.io)).toBe(1);
    expect(notSqlite.err.join('\n')).toContain('is not a SQLite database');

    // A real backup with a page in the middle scribbled over.
    const damaged = path.join(dir, 'damaged.db');
    const bytes = fs.readFileSync(backup);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 3, pageSize * 5);
    fs.writeFileSync(damaged, bytes);
    const broken = capture();
    expect(await run(['restore', damaged], sqliteEnv(target, dir), broken.io)).toBe(1);
    expect(broken.err.join('\n')).toMatch(/integrity check|cannot be read|cannot be opened/);

    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('sends PostgreSQL to pg_dump and pg_restore', async () => {
    const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const dump = capture();
    expect(await run(['backup', path.join(dir, 'pg.db')], env, dump.io)).toBe(1);
    expect(dump.err.join('\n')).toContain('pg_dump');
    const restore = capture();
    expect(await run(['restore', backup], env, restore.io)).toBe(1);
    expect(restore.err.join('\n')).toContain('pg_restore');
  });
});
