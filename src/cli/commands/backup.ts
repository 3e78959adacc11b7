/**
 * `mend backup FILE`: an online copy of the SQLite database while Mend keeps
 * running. SQLite's backup API reads a consistent snapshot (including what is
 * still in the WAL), so writers are never stopped and the copy is never torn.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../../server/platform/config.js';
import { KEY_FILE_NAME } from '../../server/platform/crypto/encryption-key.js';
import { CliError, EXIT_USAGE, type Io } from '../io.js';
import {
  integrityProblems,
  removeWithSidecars,
  sqliteFileOf,
  syncDirectory,
  syncFile,
  temporaryBeside,
} from '../sqlite-files.js';

export const PG_DUMP_ADVICE =
  'mend backup copies the embedded SQLite database. On PostgreSQL, back up with pg_dump:\n' +
  '  pg_dump --format=custom --file=mend.dump "$DATABASE_URL"\n' +
  'and keep MEND_ENCRYPTION_KEY safe beside it (see docs/operations.md).';

export interface BackupOptions {
  force: boolean;
}

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
}

export async function backupCommand(
  target: string | undefined,
  options: BackupOptions,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<BackupResult> {
  if (!target) throw new CliError('Usage: mend backup FILE', EXIT_USAGE);
  const config = loadConfig(env);
  const source = sqliteFileOf(config.databaseUrl, PG_DUMP_ADVICE);
  const destination = path.resolve(target);

  if (!fs.existsSync(source)) throw new CliError(`There is no database at ${source}.`);
  if (destination === source) throw new CliError('The backup cannot be the database itself.');
  if (fs.existsSync(destination) && !options.force) {
    throw new CliError(
      `${destination} already exists. Choose a new name, or add --force to replace it.`,
    );
  }
  if (!fs.existsSync(path.dirname(destination))) {
    throw new CliError(`The folder ${path.dirname(destination)} does not exist.`);
  }

  // Work on a temporary file and rename at the end: a backup that was cut short
  // must never sit under the name a person will later restore from.
  const partial = temporaryBeside(destination, 'partial');
  removeWithSidecars(partial);
  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  let pages: number;
  try {
    const progress = await db.backup(partial, {
      // Copy everything in one step: between small steps a write by the running
      // server would restart the copy, and under steady load it might never end.
      progress: () => 0x7fffffff,
    });
    pages = progress.totalPages;
  } catch (error) {
    removeWithSidecars(partial);
    throw new CliError(`The backup failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }

  try {
    const copy = new SQLite(partial, { fileMustExist: true });
    try {
      // A backup is one self-contained file: no WAL beside it to forget when copying it away.
      copy.pragma('journal_mode = DELETE');
      const problems = integrityProblems(copy);
      if (problems.length > 0) {
        throw new CliError(`The copy failed its integrity check:\n  ${problems.join('\n  ')}`);
      }
    } finally {
      copy.close();
    }
    syncFile(partial);
    fs.renameSync(partial, destination);
    syncDirectory(path.dirname(destination));
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  }

  const bytes = fs.statSync(destination).size;
  io.out(`Backed up ${source} to ${destination} (${pages} pages, ${bytes} bytes).`);
  io.out(
    'The encryption key is not in the backup: keep a copy of ' +
      `${path.join(config.dataDir, KEY_FILE_NAME)} (or MEND_ENCRYPTION_KEY) in a separate safe place.`,
  );
  return { file: destination, pages, bytes };
}
