/**
 * Queries built once (decision 054). Kysely builds a query on every call —
 * operation nodes frozen, visited, renamed by CamelCasePlugin, compiled to
 * SQL — and on the paths every request takes (the session, the membership,
 * the member's time zone) that building cost more than running the statement.
 * A prepared query is written with Kysely as usual, once, with a placeholder
 * for each parameter; it is compiled on first use for each dialect, and each
 * call only binds its parameters and runs the compiled SQL through the same
 * Kysely executor, so plugins (CamelCase on the rows), the driver (group
 * commit, kept statements) and transactions behave exactly as before.
 *
 * Only scalar parameters compared or inserted as values may be placeholders:
 * a value that changes the SQL's shape (a list for `in`, a null turned into
 * `is null`, a column name) must stay a constant of the query.
 */
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/** Stands for a parameter while the query is built; replaced at each call. */
class Placeholder {
  constructor(readonly name: string) {}
}

type Slot = { placeholder: string } | { constant: unknown };

interface Compiled {
  sql: string;
  slots: Slot[];
}

/** Every prepared query's SQL text, with the name PostgreSQL connections prepare it under. */
const statementNames = new Map<string, string>();

/**
 * The name to prepare `sql` under, when it is a prepared query's: on
 * PostgreSQL each connection then parses and plans it once, not on every call
 * (`pg-named-statements.ts`). One name per text, for the process's life.
 */
export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/** A value bound to a placeholder. */
export type Param = string | number | null;

export interface PreparedQuery<N extends string, Row> {
  /** Every row the query answers. */
  all(db: Kysely<DB>, params: Record<N, Param>): Promise<Row[]>;
  /** The first row, or undefined. */
  first(db: Kysely<DB>, params: Record<N, Param>): Promise<Row | undefined>;
  /** Runs a write; how many rows it changed. */
  run(db: Kysely<DB>, params: Record<N, Param>): Promise<number>;
}

/**
 * `build(db, p)` writes the query with `p.name` wherever parameter `name`
 * goes. Inside `build` a placeholder fits any column (it is typed `never`);
 * the typed function that wraps the prepared query gives the real types.
 */
export function prepared<N extends string, Row>(
  names: readonly N[],
  build: (db: Kysely<DB>, p: Record<N, never>) => Compilable<Row>,
): PreparedQuery<N, Row> {
  // One compilation per dialect adapter: a transaction shares its database's.
  const byAdapter = new WeakMap<object, Compiled>();

  function compiled(db: Kysely<DB>): Compiled {
    const adapter = db.getExecutor().adapter;
    let entry = byAdapter.get(adapter);
    if (!entry) {
      const p = Object.fromEntries(names.map((name) => [name, new Placeholder(name)])) as never;
      const query = build(db, p).compile();
      const slots = query.parameters.map((value): Slot =>
        value instanceof Placeholder ? { placeholder: value.name } : { constant: value },
      );
      const used = new Set(
        slots.flatMap((slot) => ('placeholder' in slot ? [slot.placeholder] : [])),
      );
      const unused = names.filter((name) => !used.has(name));
      if (unused.length > 0) {
        throw new Error(
          `prepared query does not bind ${unused.join(', ')} as values: ${query.sql}`,
        );
      }
      entry = { sql: query.sql, slots };
      if (!statementNames.has(query.sql)) {
        statementNames.set(query.sql, `mend_${statementNames.size + 1}`);
      }
      byAdapter.set(adapter, entry);
    }
    return entry;
  }

  function execute(db: Kysely<DB>, params: Record<N, Param>) {
    const { sql, slots } = compiled(db);
    const values = slots.map((slot) =>
      'placeholder' in slot ? params[slot.placeholder as N] : slot.constant,
    );
    return db.executeQuery<Row>(CompiledQuery.raw(sql, values));
  }

  return {
    async all(db, params) {
      return (await execute(db, params)).rows;
    },
    async first(db, params) {
      return (await execute(db, params)).rows[0];
    },
    async run(db, params) {
      return Number((await execute(db, params)).numAffectedRows ?? 0n);
    },
  };
}
