/** `mend admin create EMAIL`: an operator account, its one-time password, and the refusals. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../server/platform/auth/passwords.js';
import { openDatabase } from '../server/platform/db/database.js';
import type { Io } from './io.js';
import { run } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('mend admin create', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-admin-'));
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'mend.db')}` };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates an operator account and prints its password once', async () => {
    const c = capture();
    expect(await run(['admin', 'create', 'Moderator@Example.test'], env, c.io), c.err.join()).toBe(
      0,
    );
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(c.out.join('\n'))?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(24);
    const database = openDatabase(env.DATABASE_URL);
    try {
      const row = await database.db
        .selectFrom('members')
        .select(['role', 'passwordHash', 'email', 'emailConfirmedAt'])
        .where('email', '=', 'moderator@example.test')
        .executeTakeFirstOrThrow();
      expect(row.role).toBe('operator');
      // Signs in with SMTP on too: no confirmation link is waited for.
      expect(row.emailConfirmedAt).not.toBeNull();
      expect(await verifyPassword(row.passwordHash, password!)).toBe(true);
      // Everyone else stays a member.
      const roles = await database.db.selectFrom('members').select('role').execute();
      expect(roles).toEqual([{ role: 'operator' }]);
    } finally {
      await database.close();
    }
  });

  it('refuses an address that has an account, a malformed one, and wrong usage', async () => {
    const again = capture();
    expect(await run(['admin', 'create', 'moderator@example.test'], env, again.io)).toBe(1);
    expect(again.err.join('\n')).toContain('exists already');
    const bad = capture();
    expect(await run(['admin', 'create', 'not-an-address'], env, bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('not an e-mail address');
    for (const argv of [['admin'], ['admin', 'make', 'x@example.test'], ['admin', 'create']]) {
      const c = capture();
      expect(await run(argv, env, c.io), argv.join(' ')).toBe(2);
    }
  });
});
