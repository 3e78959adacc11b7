/**
 * PostgreSQL half of the prepared queries (decision 054): a connection that
 * runs one of their SQL texts runs it as a named statement, so the server
 * parses and plans it once per connection instead of on every call. Any
 * other text goes through unchanged, as an unnamed statement.
 */
import type pg from 'pg';
import { statementName } from './prepared.js';

type Query = (...args: unknown[]) => unknown;

export function nameKnownStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  // Kysely's driver calls query(text, values); a named statement is the
  // same call with a configuration object instead.
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const [text, values, ...rest] = args;
    const name = typeof text === 'string' ? statementName(text) : undefined;
    if (!name || (values !== undefined && !Array.isArray(values))) return query(...args);
    return query({ name, text, values }, ...rest);
  };
}
