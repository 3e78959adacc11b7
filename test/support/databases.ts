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

/**
 * Kysely's migrator looks for its bookkeeping tables across every schema of the
 * database; when another test file drops its schema at that moment, the lookup
 * fails with "schema … does not exist". Nothing has been applied yet then, so
 * trying again is safe.
 */
async function migrateWithRetry(database: Database): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateToLatest(database.db);
      return;
    } catch (error) {
      const vanished =
        error instanceof Error && /schema "t_\d+_[0-9a-f]+" does not exist/.test(error.message);
      if (!vanished || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export async function createTestDatabase(
  kind: TestDatabaseKind,
  options: { sqliteFile?: string; poolSize?: number } = {},
): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const file = options.sqliteFile ?? ':memory:';
    const database = openDatabase(`sqlite:${file}`);
    await migrateToLatest(database.db);
    return { database, file, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  // The creation time in the name lets a later run clear leftovers safely.
  const schema = `t_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(url, { schema, poolSize: options.poolSize ?? 4 });
  await migrateWithRetry(database);
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
