/**
 * Opens the database named by DATABASE_URL: SQLite (embedded default) or
 * PostgreSQL (scale). Both give the same Kysely<DB>, so every query is written once.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseKind } from './dialect.js';
import { nameKnownStatements } from './pg-named-statements.js';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';
import { SnakeCaseQueries, SqliteRows } from './sqlite-rows.js';
import { clearValueSamples } from './sqlite-samples.js';
import type { DB } from './schema.js';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The raw SQLite handle, for online backup; absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests give each file its own). */
  schema?: string;
  /** PostgreSQL only: pool size. */
  poolSize?: number;
}

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_INT8 = 20;

export function openDatabase(url: string, options: OpenOptions = {}): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url, options);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer; FULL makes every commit durable on
  // power loss, not only on a process crash. The busy timeout covers the CLI
  // (backup, migrate) touching the file while the server runs.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Before the reading connection opens, so it never loads them (decision 057).
  clearValueSamples(sqlite);
  // Reads outside transactions use their own connection: with WAL it sees
  // only committed data, so it neither waits for nor sees a group of writes
  // that has not committed yet (decision 052).
  const reader = file === ':memory:' ? undefined : new SQLite(file);
  reader?.pragma('busy_timeout = 5000');
  // Prepared statements kept, and concurrent writes committed together (decision 052);
  // rows come out of the driver already camelCased (decision 054).
  const naming = new SnakeCaseQueries();
  const db = new Kysely<DB>({
    dialect: new GroupCommitSqliteDialect(
      sqlite,
      reader,
      new SqliteRows((column) => naming.rename(column)),
    ),
    plugins: [naming],
  });
  return { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
}

function openPostgres(url: string, options: OpenOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        // Instants leave the database as the same ISO strings SQLite stores.
        if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) {
          return (value: string) => new Date(value).toISOString();
        }
        // count(*) is int8; our counts are far below 2^53.
        if (oid === PG_INT8) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  // The prepared queries are named statements on each connection (decision 054).
  pool.on('connect', nameKnownStatements);
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
