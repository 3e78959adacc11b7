/**
 * Small facts about SQLite files that backup and restore both need: which file
 * DATABASE_URL names, whether a file is a SQLite database at all, and the
 * sidecar files (-wal, -shm, -journal) that belong to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { CliError } from './io.js';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** The database file DATABASE_URL names; PostgreSQL has its own tools, so it is refused here. */
export function sqliteFileOf(databaseUrl: string, postgresAdvice: string): string {
  if (!databaseUrl.startsWith('sqlite:')) throw new CliError(postgresAdvice);
  const file = databaseUrl.slice('sqlite:'.length);
  if (file === ':memory:') throw new CliError('DATABASE_URL names an in-memory database.');
  return path.resolve(file);
}

export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_MAGIC.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs SQLite's full consistency check; returns its complaints (none means sound). */
export function integrityProblems(db: SQLite.Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const lines = rows.map((row) => row.integrity_check);
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function existingSidecars(file: string): string[] {
  return SIDECAR_SUFFIXES.map((suffix) => file + suffix).filter((f) => fs.existsSync(f));
}

/** fsync a directory so a rename or unlink in it survives power loss. */
export function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A name beside `file` for work in progress, so the final step is one atomic rename. */
export function temporaryBeside(file: string, label: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${label}-${process.pid}`);
}

export function removeWithSidecars(file: string): void {
  for (const f of [file, ...SIDECAR_SUFFIXES.map((suffix) => file + suffix)]) {
    fs.rmSync(f, { force: true });
  }
}
