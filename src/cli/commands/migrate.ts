/** `mend migrate`: bring the database named by DATABASE_URL up to the latest schema. */
import { loadConfig } from '../../server/platform/config.js';
import { openDatabase } from '../../server/platform/db/database.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import type { Io } from '../io.js';

export async function migrateCommand(env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const config = loadConfig(env);
  const database = openDatabase(config.databaseUrl);
  try {
    const { applied } = await migrateToLatest(database.db);
    if (applied.length === 0) {
      io.out(`The ${database.kind} database is already up to date.`);
    } else {
      for (const name of applied) io.out(`applied ${name}`);
      io.out(`The ${database.kind} database is up to date (${applied.length} applied).`);
    }
  } finally {
    await database.close();
  }
}
