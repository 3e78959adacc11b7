/** Helpers for the few places where SQLite and PostgreSQL must be told apart. */
import { PostgresAdapter, type Kysely } from 'kysely';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind<T>(db: Kysely<T>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column type for an instant: a real timestamptz on PostgreSQL, ISO text on SQLite. */
export function instantType(db: Kysely<unknown>): 'timestamptz' | 'text' {
  return databaseKind(db) === 'postgres' ? 'timestamptz' : 'text';
}
