/**
 * Every integration suite runs on SQLite, and again on PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each app gets a fresh database: an
 * in-memory SQLite, or its own PostgreSQL schema dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database } from '../../src/server/platform/db/database.js';
import { migrateToLatest } from '../../src/server/platform/db/migrate.js';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export function databaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Declares the suite once per database kind, named so failures say which. */
export function describeEachDatabase(name: string, body: (kind: TestDatabaseKind) => void): void {
  for (const kind of databaseKinds()) describe(`${name} [${kind}]`, () => body(kind));
}

export interface TestDatabase {
  database: Database;
  /** The SQLite file, when one was asked for. */
  file?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(
  kind: TestDatabaseKind,
  options: { sqliteFile?: string } = {},
): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const file = options.sqliteFile ?? ':memory:';
    const database = openDatabase(`sqlite:${file}`);
    await migrateToLatest(database.db);
    return { database, file, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(url, { schema, poolSize: 4 });
  await migrateToLatest(database.db);
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
