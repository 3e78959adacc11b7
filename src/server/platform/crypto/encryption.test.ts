import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../cli/main.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  EncryptionKeyError,
  KEY_FILE_NAME,
  NEXT_KEY_FILE_NAME,
  openCipher,
} from './encryption-key.js';
import { addressLookup, enqueueMail, outboxBinding } from '../mail/outbox.js';
import { DecryptionError, FieldCipher } from './field-cipher.js';

const binding = { rowId: '0190a000-0000-7000-8000-000000000001', spaceId: 'space-1' };

describe('FieldCipher', () => {
  const cipher = new FieldCipher(Buffer.alloc(32, 1));

  it('round-trips text, with a fresh IV every time', () => {
    const a = cipher.encrypt('the words', binding);
    const b = cipher.encrypt('the words', binding);
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a, binding)).toBe('the words');
  });

  it('refuses a value moved to another row or space, or tampered with', () => {
    const stored = cipher.encrypt('the words', binding);
    expect(() => cipher.decrypt(stored, { ...binding, rowId: 'another-row' })).toThrow(
      DecryptionError,
    );
    expect(() => cipher.decrypt(stored, { ...binding, spaceId: 'space-2' })).toThrow(
      DecryptionError,
    );
    expect(() =>
      cipher.decrypt(stored, { rowId: binding.rowId, memberId: binding.spaceId }),
    ).toThrow(DecryptionError);
    // One character of the tag changed (never to itself: 1 in 64 values already has an 'A' there).
    const tampered = stored.slice(0, -3) + (stored.at(-3) === 'A' ? 'B' : 'A') + stored.slice(-2);
    expect(() => cipher.decrypt(tampered, binding)).toThrow(DecryptionError);
  });

  it('refuses a cut-down authentication tag, and a body shorter than a full tag', () => {
    const [prefix, keyId, iv, body] = cipher.encrypt('', binding).split('.') as [
      string,
      string,
      string,
      string,
    ];
    const tag = Buffer.from(body, 'base64url');
    expect(tag).toHaveLength(16);
    // The first four bytes of the genuine tag: GCM without a fixed tag length checks only those.
    for (const length of [4, 8, 12, 15]) {
      const short = [prefix, keyId, iv, tag.subarray(0, length).toString('base64url')].join('.');
      expect(() => cipher.decrypt(short, binding), `a ${length}-byte tag`).toThrow(DecryptionError);
    }
    const shortIv = [prefix, keyId, iv.slice(0, 8), body].join('.');
    expect(() => cipher.decrypt(shortIv, binding)).toThrow(DecryptionError);
    // The full tag still opens the empty text.
    expect(cipher.decrypt([prefix, keyId, iv, body].join('.'), binding)).toBe('');
  });

  it('refuses a value under an unknown key instead of returning garbage', () => {
    const other = new FieldCipher(Buffer.alloc(32, 2));
    expect(() => cipher.decrypt(other.encrypt('x', binding), binding)).toThrow(/unknown key/);
  });
});

describe('the key at start and `mend rotate-key`', () => {
  let dir: string;
  let database: Database;
  const env = () => ({ MEND_DATA_DIR: dir, NODE_ENV: 'test' });

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-key-'));
    database = openDatabase(`sqlite:${path.join(dir, 'mend.db')}`);
    await migrateToLatest(database.db);
  });
  afterEach(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const source = () => ({ env: undefined, dataDir: dir, kind: 'sqlite' as const });

  it('creates the key file on first start, readable by its owner only', async () => {
    const cipher = await openCipher(database.db, source());
    const file = path.join(dir, KEY_FILE_NAME);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The second start finds the same key.
    expect((await openCipher(database.db, source())).keyId).toBe(cipher.keyId);
  });

  it('stops with a clear message when the key file is missing or wrong', async () => {
    await openCipher(database.db, source());
    const file = path.join(dir, KEY_FILE_NAME);
    const original = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
    await expect(openCipher(database.db, source())).rejects.toThrow(/missing/);
    // A missing key is never quietly replaced by a new one.
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, Buffer.alloc(32, 9).toString('base64'), { mode: 0o600 });
    await expect(openCipher(database.db, source())).rejects.toThrow(/not the key/);
    fs.writeFileSync(file, original, { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    await expect(openCipher(database.db, source())).rejects.toThrow(/chmod 600/);
  });

  it('checks MEND_ENCRYPTION_KEY, and requires one on PostgreSQL', async () => {
    const key = Buffer.alloc(32, 3).toString('base64');
    await openCipher(database.db, { ...source(), env: key });
    await expect(
      openCipher(database.db, { ...source(), env: Buffer.alloc(32, 4).toString('base64') }),
    ).rejects.toThrow(EncryptionKeyError);
    await expect(openCipher(database.db, { ...source(), env: 'too-short' })).rejects.toThrow(
      /32-byte/,
    );
    await expect(openCipher(database.db, { ...source(), kind: 'postgres' })).rejects.toThrow(
      /required with PostgreSQL/,
    );
  });

  it('rotates every value to a new key file; the old key no longer opens the database', async () => {
    const before = await openCipher(database.db, source());
    const now = new Date().toISOString();
    await database.db
      .insertInto('members')
      .values({
        id: 'm1',
        email: 'a@example.test',
        displayName: 'A',
        passwordHash: 'x',
        timeZone: 'UTC',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await database.db
      .insertInto('safetyChecks')
      .values({
        id: 's1',
        memberId: 'm1',
        answers: before.encrypt('{"secret":1}', { rowId: 's1', memberId: 'm1' }),
        createdAt: now,
      })
      .execute();
    const oldKey = fs.readFileSync(path.join(dir, KEY_FILE_NAME), 'utf8');
    await database.close();

    const out: string[] = [];
    const code = await run(['rotate-key'], env(), {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(/Re-encrypted 1 values/);

    database = openDatabase(`sqlite:${path.join(dir, 'mend.db')}`);
    const after = await openCipher(database.db, source());
    expect(after.keyId).not.toBe(before.keyId);
    const row = await database.db
      .selectFrom('safetyChecks')
      .select('answers')
      .executeTakeFirstOrThrow();
    expect(after.decrypt(row.answers, { rowId: 's1', memberId: 'm1' })).toBe('{"secret":1}');
    expect(FieldCipher.keyIdOfValue(row.answers)).toBe(after.keyId);
    expect(fs.existsSync(path.join(dir, NEXT_KEY_FILE_NAME))).toBe(false);
    expect(fs.readFileSync(path.join(dir, KEY_FILE_NAME), 'utf8')).not.toBe(oldKey);
  });

  it('rotates the outbox too, with the blind index that finds a member’s mail', async () => {
    const before = await openCipher(database.db, source());
    const id = (await enqueueMail(
      database.db,
      before,
      { to: 'dr@example.test', template: 'therapist-invite', link: 'http://x/therapist/join#t' },
      new Date(),
    ))!;
    await database.close();
    const out: string[] = [];
    const code = await run(['rotate-key'], env(), {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code, out.join('\n')).toBe(0);

    database = openDatabase(`sqlite:${path.join(dir, 'mend.db')}`);
    const after = await openCipher(database.db, source());
    const row = await database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(after.decrypt(row.toAddress, outboxBinding(id))).toBe('dr@example.test');
    expect(after.decrypt(row.link!, outboxBinding(id))).toBe('http://x/therapist/join#t');
    expect(row.toLookup).toBe(addressLookup(after, 'dr@example.test'));
    expect(row.toLookup).not.toBe(addressLookup(before, 'dr@example.test'));
  });
});
