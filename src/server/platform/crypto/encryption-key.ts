/**
 * Where the encryption key comes from, and the check that it is the right one.
 *
 * - `MEND_ENCRYPTION_KEY` (32 bytes as base64 or hex) when set: the production way.
 * - Otherwise, on SQLite only, a key file `mend.key` in the data directory,
 *   created with mode 0600 the first time the database is created.
 * - PostgreSQL without `MEND_ENCRYPTION_KEY` refuses to start.
 *
 * The database remembers the id of its key. A different key, or a missing key
 * file for a database that already has one, stops the start with a clear
 * message: never silent garbage, never a second key quietly made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/dialect.js';
import type { DB } from '../db/schema.js';
import { FieldCipher, keyIdOf } from './field-cipher.js';

export class EncryptionKeyError extends Error {
  override name = 'EncryptionKeyError';
}

export const KEY_FILE_NAME = 'mend.key';
/** Written before a rotation commits; promoted to mend.key after. */
export const NEXT_KEY_FILE_NAME = 'mend.key.next';
const SETTING = 'encryption_key_id';

export function parseKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new EncryptionKeyError(
      `${source} must hold a 32-byte key, written as 64 hex digits or 44 base64 characters ` +
        `(make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")`,
    );
  }
  return key;
}

export function newKeyText(): string {
  return randomBytes(32).toString('base64');
}

export function writeKeyFile(file: string, keyText: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${keyText}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readKeyFile(file: string): Buffer | null {
  if (!fs.existsSync(file)) return null;
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new EncryptionKeyError(
      `${file} can be read by other users (mode ${mode.toString(8)}); run: chmod 600 ${file}`,
    );
  }
  return parseKey(fs.readFileSync(file, 'utf8'), file);
}

async function storedKeyId(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SETTING)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function recordKeyId(db: Kysely<DB>, keyId: string): Promise<void> {
  const updated = await db
    .updateTable('settings')
    .set({ value: keyId })
    .where('key', '=', SETTING)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db.insertInto('settings').values({ key: SETTING, value: keyId }).execute();
  }
}

export interface KeySource {
  env: string | undefined;
  dataDir: string;
  kind: DatabaseKind;
}

/** Loads the key, checks it against the database, and returns the cipher. */
export async function openCipher(db: Kysely<DB>, source: KeySource): Promise<FieldCipher> {
  const expected = await storedKeyId(db);
  const candidates: Buffer[] = [];
  let keyFile: string | null = null;

  if (source.env !== undefined) {
    candidates.push(parseKey(source.env, 'MEND_ENCRYPTION_KEY'));
  } else if (source.kind === 'sqlite') {
    keyFile = path.join(source.dataDir, KEY_FILE_NAME);
    const current = readKeyFile(keyFile);
    const next = readKeyFile(path.join(source.dataDir, NEXT_KEY_FILE_NAME));
    if (current) candidates.push(current);
    if (next) candidates.push(next);
  } else {
    throw new EncryptionKeyError(
      'MEND_ENCRYPTION_KEY is required with PostgreSQL: set it to a 32-byte key (base64) kept outside the database.',
    );
  }

  if (expected === null) {
    // A new database: adopt the given key, or make the key file now.
    let key = candidates[0];
    if (!key && keyFile) {
      const text = newKeyText();
      writeKeyFile(keyFile, text);
      key = parseKey(text, keyFile);
    }
    if (!key) throw new EncryptionKeyError('No encryption key is available.');
    await recordKeyId(db, keyIdOf(key));
    return new FieldCipher(key);
  }

  const match = candidates.find((key) => keyIdOf(key) === expected);
  if (!match) {
    const where = source.env !== undefined ? 'MEND_ENCRYPTION_KEY' : `${keyFile ?? 'the key file'}`;
    throw new EncryptionKeyError(
      candidates.length === 0
        ? `This database is encrypted, but ${where} is missing. Restore the key file from your backup; without it the encrypted text cannot be read.`
        : `${where} is not the key this database was encrypted with (expected key id ${expected}). Use the original key.`,
    );
  }
  if (keyFile && candidates[0] !== match) {
    // A rotation committed but crashed before promoting the new key file: finish it.
    fs.renameSync(path.join(source.dataDir, NEXT_KEY_FILE_NAME), keyFile);
  }
  return new FieldCipher(match);
}
