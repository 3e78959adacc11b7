/**
 * `mend restore FILE [--force]`: put a backup in place as the database named by
 * DATABASE_URL. The backup is copied beside the target and checked there first
 * (a SQLite file, sound, with Mend's tables); only then does one rename swap it
 * in, so a failed restore leaves the old database untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig, type Config } from '../../server/platform/config.js';
import { KEY_FILE_NAME, parseKey } from '../../server/platform/crypto/encryption-key.js';
import { keyIdOf } from '../../server/platform/crypto/field-cipher.js';
import { CliError, EXIT_USAGE, type Io } from '../io.js';
import {
  existingSidecars,
  hasSqliteHeader,
  integrityProblems,
  removeWithSidecars,
  sqliteFileOf,
  syncDirectory,
  syncFile,
  temporaryBeside,
} from '../sqlite-files.js';

export const PG_RESTORE_ADVICE =
  'mend restore replaces the embedded SQLite database. On PostgreSQL, restore a pg_dump ' +
  'archive with pg_restore:\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" mend.dump';

export interface RestoreOptions {
  force: boolean;
}

export interface RestoreResult {
  file: string;
  replaced: boolean;
}

export async function restoreCommand(
  backup: string | undefined,
  options: RestoreOptions,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<RestoreResult> {
  if (!backup) throw new CliError('Usage: mend restore FILE [--force]', EXIT_USAGE);
  const config = loadConfig(env);
  const target = sqliteFileOf(config.databaseUrl, PG_RESTORE_ADVICE);
  const source = path.resolve(backup);

  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) {
    throw new CliError(`There is no backup file at ${source}.`);
  }
  if (source === target) throw new CliError('The backup is the database itself.');
  if (!hasSqliteHeader(source)) throw new CliError(`${source} is not a SQLite database.`);

  const leftovers = existingSidecars(target);
  const occupied = fs.existsSync(target) || leftovers.length > 0;
  if (occupied && !options.force) {
    throw new CliError(
      `${target} already holds a database. Restoring would replace it.\n` +
        'Stop Mend, keep a backup of the current database if you may need it, ' +
        'then run again with --force.',
    );
  }
  if (occupied) refuseIfInUse(target);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staged = temporaryBeside(target, 'restoring');
  removeWithSidecars(staged);
  try {
    fs.copyFileSync(source, staged);
    const keyId = checkStaged(staged, source);
    syncFile(staged);
    // The old database's -wal and -shm must go before the new file takes its
    // name: SQLite would otherwise replay the old WAL into the restored pages.
    removeWithSidecars(target);
    fs.renameSync(staged, target);
    syncDirectory(path.dirname(target));
    io.out(`Restored ${source} to ${target}.`);
    warnAboutKey(keyId, config, io);
    return { file: target, replaced: occupied };
  } catch (error) {
    removeWithSidecars(staged);
    throw error;
  }
}

/** Opens the staged copy and checks it all the way; returns the key id it expects. */
function checkStaged(staged: string, source: string): string | null {
  let db: SQLite.Database;
  try {
    db = new SQLite(staged, { fileMustExist: true });
  } catch (error) {
    throw new CliError(`${source} cannot be opened: ${(error as Error).message}`);
  }
  try {
    // Settle the copy into one plain file; the server turns WAL back on when it opens it.
    db.pragma('journal_mode = DELETE');
    const problems = integrityProblems(db);
    if (problems.length > 0) {
      throw new CliError(`${source} failed its integrity check:\n  ${problems.join('\n  ')}`);
    }
    const tables = new Set(
      (
        db.prepare(`select name from sqlite_master where type = 'table'`).all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    if (!tables.has('kysely_migration') || !tables.has('settings')) {
      throw new CliError(`${source} is a SQLite database, but not a Mend backup.`);
    }
    const row = db.prepare(`select value from settings where key = 'encryption_key_id'`).get() as
      { value: string } | undefined;
    return row?.value ?? null;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${source} cannot be read as a database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * A running server keeps the file open; swapping it underneath would lose its
 * writes and confuse its WAL. Leaving WAL mode needs the only connection to
 * the file, so a refusal here means someone else has it open.
 */
function refuseIfInUse(target: string): void {
  if (!fs.existsSync(target)) return;
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(target, { fileMustExist: true, timeout: 0 });
    const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
    if (mode !== 'delete') throw Object.assign(new Error(mode), { code: 'SQLITE_BUSY' });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new CliError(`${target} is in use (is Mend running?). Stop it first, then restore.`);
    }
    // A damaged old database is no reason to refuse replacing it with --force.
  } finally {
    db?.close();
  }
}

/** Says whether the key Mend will use fits the restored database; a mismatch would stop its start. */
function warnAboutKey(expected: string | null, config: Config, io: Io): void {
  if (expected === null) return;
  const keyFile = path.join(config.dataDir, KEY_FILE_NAME);
  const [source, keyText] =
    config.encryptionKey !== undefined
      ? ['MEND_ENCRYPTION_KEY', config.encryptionKey]
      : [keyFile, fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8') : undefined];
  if (keyText === undefined) {
    io.err(
      `Warning: ${keyFile} is missing. Put back the key file from the same backup ` +
        `(key id ${expected}); without it the encrypted text cannot be read.`,
    );
    return;
  }
  let actual: string;
  try {
    actual = keyIdOf(parseKey(keyText, source));
  } catch (error) {
    io.err(`Warning: ${(error as Error).message}`);
    return;
  }
  if (actual === expected) {
    io.out(`The encryption key in ${source} fits this database.`);
  } else {
    io.err(
      `Warning: ${source} holds key id ${actual}, but this database was encrypted with key id ` +
        `${expected}. Put back the key from the same backup before starting Mend.`,
    );
  }
}
