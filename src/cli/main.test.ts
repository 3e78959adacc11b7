/** The `mend` command's surface: help, usage errors and `migrate`. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { run } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

describe('mend command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints help with --help and exits 0', async () => {
    const c = capture();
    expect(await run(['--help'], {}, c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/migrate[\s\S]*backup FILE[\s\S]*restore FILE/);
  });

  it('exits 2 on no command, an unknown command, an unknown option or a missing FILE', async () => {
    for (const argv of [[], ['frobnicate'], ['backup', '--fast'], ['backup'], ['restore']]) {
      const c = capture();
      expect(await run(argv, {}, c.io), argv.join(' ')).toBe(2);
      expect(c.err.length).toBeGreaterThan(0);
    }
  });

  it('names a bad configuration variable and exits 1', async () => {
    const c = capture();
    expect(await run(['migrate'], { DATABASE_URL: 'mysql://nope' }, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('DATABASE_URL');
  });

  it('migrates a new SQLite database, and says so when there is nothing to do', async () => {
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'nested', 'mend.db')}` };
    const first = capture();
    expect(await run(['migrate'], env, first.io), first.err.join('\n')).toBe(0);
    expect(first.out.join('\n')).toMatch(/applied 0001-foundation/);
    const second = capture();
    expect(await run(['migrate'], env, second.io)).toBe(0);
    expect(second.out.join('\n')).toContain('already up to date');
  });
});
