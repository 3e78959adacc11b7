/**
 * A SQLite database that has been analysed opens without ANALYZE's value
 * samples (they make every bind recompile its statement, decision 057) and
 * keeps its table sizes; a new file opens as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from './database.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-samples-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function count(sqlite: SQLite.Database, table: string): number {
  return (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

it('clears the value samples of an analysed database and keeps its table sizes', async () => {
  const file = path.join(dir, 'mend.db');
  const setup = new SQLite(file);
  setup.exec(`create table t (id integer primary key, k text not null, gone text);
    create index t_k on t (k) where gone is null;`);
  const insert = setup.prepare('insert into t (k) values (?)');
  for (let i = 0; i < 500; i += 1) insert.run(`k${i % 50}`);
  setup.exec('analyze');
  expect(count(setup, 'sqlite_stat4')).toBeGreaterThan(0);
  const tableSizes = count(setup, 'sqlite_stat1');
  setup.close();

  const database = openDatabase(`sqlite:${file}`);
  try {
    expect(count(database.sqlite!, 'sqlite_stat4')).toBe(0);
    expect(tableSizes).toBeGreaterThan(0);
    expect(count(database.sqlite!, 'sqlite_stat1')).toBe(tableSizes);
    expect(count(database.sqlite!, 't')).toBe(500);
  } finally {
    await database.close();
  }
});

it('opens a new file, which has no statistics at all', async () => {
  const database = openDatabase(`sqlite:${path.join(dir, 'new', 'mend.db')}`);
  try {
    const tables = database
      .sqlite!.prepare(`select name from sqlite_schema where name like 'sqlite_stat%'`)
      .all();
    expect(tables).toEqual([]);
  } finally {
    await database.close();
  }
});
