/**
 * The `mend` command. bin/mend.mjs calls `run` with the arguments and exits
 * with what it returns; tests call it directly. Each command lives in its own
 * file under commands/.
 */
import { ConfigError } from '../server/platform/config.js';
import { EncryptionKeyError } from '../server/platform/crypto/encryption-key.js';
import { adminCommand } from './commands/admin.js';
import { backupCommand } from './commands/backup.js';
import { demoCommand, demoOptions } from './commands/demo.js';
import { migrateCommand } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { rotateKeyCommand } from './commands/rotate-key.js';
import { CliError, consoleIo, EXIT_FAILURE, EXIT_USAGE, type Io } from './io.js';

export const HELP = `Usage: mend <command> [options]

Commands:
  migrate                  Bring the database (DATABASE_URL) up to the latest schema.
  backup FILE [--force]    Copy the SQLite database to FILE while Mend keeps running.
                           --force replaces FILE if it exists.
                           (PostgreSQL: use pg_dump.)
  restore FILE [--force]   Put a backup made by "mend backup" in place as the database.
                           Refuses to replace an existing database without --force,
                           and refuses while Mend has it open.
  rotate-key               Re-encrypt all encrypted text under a new key. Stop Mend first.
                           Key file: replaces data/mend.key. MEND_ENCRYPTION_KEY: needs
                           MEND_NEW_ENCRYPTION_KEY, then use it as MEND_ENCRYPTION_KEY.
  demo [--couples N] [--days D] [--seed S] [--force]
                           Add demo couples (default 1) with D days (default 365) of
                           realistic data since a breach, written through the app
                           itself, and print each partner's e-mail and password.
                           --seed picks the story (the passwords are always new).
                           With NODE_ENV=production it needs --force.
  admin create EMAIL       Make an operator account (moderates guide comments, has no
                           access to any space) and print its one-time password.
  help, --help             Show this text.

The database is the one Mend itself would open: DATABASE_URL, or
sqlite:<MEND_DATA_DIR>/mend.db (MEND_DATA_DIR defaults to ./data).
Exit codes: 0 done, 1 failed, 2 wrong usage.`;

interface Parsed {
  command: string | undefined;
  positional: string[];
  force: boolean;
  help: boolean;
  /** Options that take a value (`--days 30` or `--days=30`), by name. */
  values: Record<string, string>;
}

/** The options that take a value; only `demo` has any. */
const VALUE_OPTIONS = new Set(['couples', 'days', 'seed']);

function parse(argv: string[]): Parsed {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let force = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const valued = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (valued && VALUE_OPTIONS.has(valued[1]!)) {
      const value = valued[2] ?? argv[++i];
      if (value === undefined) {
        throw new CliError(`${arg} needs a value. See: mend --help`, EXIT_USAGE);
      }
      values[valued[1]!] = value;
    } else if (arg === '--force' || arg === '-f') force = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg}. See: mend --help`, EXIT_USAGE);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, force, help, values };
}

function oneFile(args: string[], command: string): string | undefined {
  if (args.length > 1) {
    throw new CliError(`mend ${command} takes one FILE, got ${args.length}.`, EXIT_USAGE);
  }
  return args[0];
}

async function dispatch(
  command: string,
  parsed: Parsed,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<void> {
  const { positional, force, values } = parsed;
  if (command !== 'demo' && Object.keys(values).length > 0) {
    const names = Object.keys(values).map((name) => `--${name}`);
    throw new CliError(`mend ${command} takes no ${names.join(', ')}.`, EXIT_USAGE);
  }
  switch (command) {
    case 'migrate':
      if (positional.length > 0 || force) {
        throw new CliError('mend migrate takes no arguments.', EXIT_USAGE);
      }
      return migrateCommand(env, io);
    case 'backup':
      await backupCommand(oneFile(positional, command), { force }, env, io);
      return;
    case 'restore':
      await restoreCommand(oneFile(positional, command), { force }, env, io);
      return;
    case 'rotate-key':
      if (positional.length > 0 || force) {
        throw new CliError('mend rotate-key takes no arguments.', EXIT_USAGE);
      }
      return rotateKeyCommand(env, io);
    case 'admin':
      if (force) throw new CliError('mend admin takes no --force.', EXIT_USAGE);
      return adminCommand(positional, env, io);
    case 'demo':
      if (positional.length > 0) {
        throw new CliError(
          'mend demo takes only --couples, --days, --seed and --force.',
          EXIT_USAGE,
        );
      }
      await demoCommand({ ...demoOptions(values), force }, env, io);
      return;
    default:
      throw new CliError(`Unknown command "${command}". See: mend --help`, EXIT_USAGE);
  }
}

/** Runs one command and returns the exit code; never throws. */
export async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = consoleIo,
): Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed.help || parsed.command === 'help') {
      io.out(HELP);
      return 0;
    }
    if (parsed.command === undefined) {
      io.err(HELP);
      return EXIT_USAGE;
    }
    await dispatch(parsed.command, parsed, env, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof ConfigError || error instanceof EncryptionKeyError) {
      io.err(error.message);
      return EXIT_FAILURE;
    }
    // Errors with a code (a refused connection, a PostgreSQL or SQLite error) are
    // about the surroundings, not a bug: the message says enough.
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof Error && typeof code === 'string') {
      io.err(`mend failed: ${error.message} (${code})`);
      return EXIT_FAILURE;
    }
    io.err(
      `mend failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT_FAILURE;
  }
}
