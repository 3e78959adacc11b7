/**
 * SQLite without ANALYZE's value samples (decision 057).
 *
 * better-sqlite3 is built with STAT4: after an ANALYZE (or `PRAGMA optimize`)
 * the planner keeps sample values of indexed columns, and any statement
 * whose plan could depend on a bound value — an equality on an index's first
 * column, which is nearly every query we keep prepared — is compiled again
 * at every bind. Measured on the bench's big dataset: the session lookup went
 * from 4 µs to 17 µs, and /me lost 40 % of its rate. Our lookups are by key,
 * where the samples choose nothing, so they are cleared; the table sizes
 * (sqlite_stat1), which do help the planner order joins, are kept.
 */
import type SQLite from 'better-sqlite3';

/**
 * Empties `sqlite_stat4` on the connection that opened the file, and has it
 * reload its statistics (`ANALYZE sqlite_schema` reads the tables again
 * without analysing anything). Connections opened afterwards load none.
 */
export function clearValueSamples(sqlite: SQLite.Database): void {
  const samples = sqlite
    .prepare(`select 1 from sqlite_schema where type = 'table' and name = 'sqlite_stat4'`)
    .get();
  if (!samples) return;
  sqlite.exec('delete from sqlite_stat4; analyze sqlite_schema');
}
