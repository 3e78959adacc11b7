/**
 * Prepared statements by SQL text, least recently used dropped first. Kysely's
 * own SQLite driver prepares every statement on every call; our queries are a
 * few hundred fixed texts (parameters are bound, never spliced), so keeping
 * them prepared saves SQLite's parse and plan on each request.
 */
import type SQLite from 'better-sqlite3';

export class StatementCache {
  readonly #db: SQLite.Database;
  readonly #size: number;
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(db: SQLite.Database, size = 500) {
    this.#db = db;
    this.#size = size;
  }

  get(sql: string): SQLite.Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // A Map iterates in insertion order: re-inserting marks it most recent.
      this.#statements.delete(sql);
    } else {
      statement = this.#db.prepare(sql);
      if (this.#statements.size >= this.#size) {
        this.#statements.delete(this.#statements.keys().next().value!);
      }
    }
    this.#statements.set(sql, statement);
    return statement;
  }
}
