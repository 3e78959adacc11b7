/**
 * Rows out of SQLite with the names the app uses, built in one pass
 * (decision 054). better-sqlite3 makes an object per row with the columns'
 * snake_case names, and Kysely's CamelCasePlugin then makes a second one with
 * camelCase names; on a read of a hundred check-ins that was a fifth of the
 * request. Here the statement answers plain arrays and each row becomes one
 * object with the final names, worked out once per statement by the same
 * plugin's rule, so the app sees exactly what it saw before.
 */
import type SQLite from 'better-sqlite3';
import { CamelCasePlugin, type PluginTransformResultArgs, type QueryResult } from 'kysely';
import type { UnknownRow } from 'kysely';

/**
 * CamelCasePlugin for the query side only: the SQLite driver already answers
 * rows with camelCase names (`SqliteRows`), so they are not renamed again.
 */
export class SnakeCaseQueries extends CamelCasePlugin {
  override transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }

  /** A result column's name as the app knows it. */
  rename(column: string): string {
    return this.camelCase(column);
  }
}

export class SqliteRows {
  readonly #rename: (column: string) => string;
  readonly #names = new WeakMap<SQLite.Statement, string[]>();

  /** `rename`: a column's name in the app (the identity when none is given). */
  constructor(rename: (column: string) => string = (column) => column) {
    this.#rename = rename;
  }

  /** Runs a statement that answers rows (a select, or a write with RETURNING). */
  all(statement: SQLite.Statement, parameters: unknown[]): UnknownRow[] {
    let names = this.#names.get(statement);
    if (!names) {
      statement.raw(true);
      names = statement.columns().map((column) => this.#rename(column.name));
      this.#names.set(statement, names);
    }
    const raw = statement.all(parameters) as unknown[][];
    const rows = new Array<UnknownRow>(raw.length);
    for (let i = 0; i < raw.length; i += 1) {
      const values = raw[i]!;
      const row: UnknownRow = {};
      for (let j = 0; j < names.length; j += 1) row[names[j]!] = values[j];
      rows[i] = row;
    }
    return rows;
  }
}
