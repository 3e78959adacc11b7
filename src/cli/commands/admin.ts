/**
 * `mend admin create EMAIL`: a new operator account, who moderates the
 * guide's comments and has no access to any space. The password is made
 * here, printed once, and never stored in the clear; change it after the
 * first sign-in (Settings → Account).
 */
import { loadConfig } from '../../server/platform/config.js';
import { openDatabase } from '../../server/platform/db/database.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import {
  createOperator,
  newOperatorPassword,
  OperatorError,
} from '../../server/features/moderation/operators.js';
import { CliError, EXIT_USAGE, type Io } from '../io.js';

export async function adminCommand(args: string[], env: NodeJS.ProcessEnv, io: Io): Promise<void> {
  const [action, email, ...rest] = args;
  if (action !== 'create' || !email || rest.length > 0) {
    throw new CliError('Usage: mend admin create EMAIL', EXIT_USAGE);
  }
  const config = loadConfig(env);
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const password = newOperatorPassword();
    const operator = await createOperator(database.db, { email, password }, new Date());
    io.out(`Operator account created for ${operator.email}.`);
    io.out(`Password (shown once, change it after signing in): ${password}`);
    io.out('Operators moderate guide comments at /moderation and have no access to any space.');
  } catch (error) {
    if (error instanceof OperatorError) throw new CliError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
