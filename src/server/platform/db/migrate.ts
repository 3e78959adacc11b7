import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { databaseKind } from './dialect.js';
import { migrations } from './migrations/index.js';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export interface MigrationReport {
  applied: string[];
}

/**
 * PostgreSQL errors a catalog read can meet while another schema of the same
 * database is being changed or dropped: Kysely's migrator looks for its
 * bookkeeping tables by reading every schema's columns, and a table, column
 * or schema that vanishes mid-read fails the read. Our own schema was not
 * touched, and PostgreSQL runs the migrations in one transaction, so trying
 * again is safe.
 */
const VANISHED_ELSEWHERE = new Set(['3F000', '42P01', '42703']);

const vanishedElsewhere = (error: unknown) =>
  error instanceof Error &&
  VANISHED_ELSEWHERE.has(String((error as Error & { code?: unknown }).code));

/** Brings the schema up to date; throws (and applies nothing further) on the first failure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  // On PostgreSQL, name the schema: otherwise the migrator may see another
  // schema's bookkeeping tables (several deployments or test runs in one database).
  let migrationTableSchema: string | undefined;
  if (databaseKind(db) === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({
    db,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error)
      return {
        applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
      };
    if (migrationTableSchema && vanishedElsewhere(error) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      continue;
    }
    throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
  }
}
