/**
 * `mend demo --days 30` on a fresh database: the printed partners can sign in,
 * and their space holds what a month on the path brings — a breach, check-ins,
 * commitments with marks, a setback — readable (so decrypted) through the API.
 * On PostgreSQL too, in a schema of its own, when TEST_DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { operations as op } from '../contract/operations/index.js';
import { buildApp } from '../server/app.js';
import { systemClock } from '../server/platform/clock.js';
import { loadConfig } from '../server/platform/config.js';
import { openCipher } from '../server/platform/crypto/encryption-key.js';
import { openDatabase, type Database } from '../server/platform/db/database.js';
import { MemoryRateLimiter } from '../server/platform/rate-limit/memory-rate-limiter.js';
import { describeEachDatabase } from '../../test/support/databases.js';
import { Visitor } from './demo/visitor.js';
import { demoOptions, demoPassword } from './commands/demo.js';
import { checkPassword } from '../server/platform/auth/passwords.js';
import type { Io } from './io.js';
import { run } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) };
  return { io, out, err };
}

it('checks its options, and makes passwords the policy accepts', async () => {
  expect(demoOptions({})).toEqual({ couples: 1, days: 365, seed: 'mend-demo' });
  expect(demoOptions({ couples: '20', days: '30', seed: 'x' })).toEqual({
    couples: 20,
    days: 30,
    seed: 'x',
  });
  for (const argv of [
    ['demo', '--days', '0'],
    ['demo', '--days', 'many'],
    ['demo', '--couples'],
    ['demo', 'extra'],
    ['migrate', '--days', '3'],
  ]) {
    const c = capture();
    expect(await run(argv, {}, c.io), argv.join(' ')).toBe(2);
    expect(c.err.length).toBeGreaterThan(0);
  }
  const production = capture();
  expect(
    await run(['demo'], { NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' }, production.io),
  ).toBe(2);
  expect(production.err.join('\n')).toMatch(/--force/);
  for (let i = 0; i < 20; i++) expect(checkPassword(demoPassword())).toBeNull();
  const help = capture();
  await run(['--help'], {}, help.io);
  expect(help.out.join('\n')).toMatch(/demo \[--couples N\] \[--days D\]/);
});

it('tells the same story for the same seed, with new passwords each time', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-demo-seed-'));
  try {
    const story = async (name: string) => {
      const env = {
        DATABASE_URL: `sqlite:${path.join(dir, `${name}.db`)}`,
        MEND_DATA_DIR: path.join(dir, name),
      };
      const c = capture();
      expect(await run(['demo', '--days', '12', '--seed', 'same'], env, c.io)).toBe(0);
      const db = new SQLite(path.join(dir, `${name}.db`), { readonly: true });
      const ratings = db
        .prepare(
          `select m.display_name, c.day, c.trust, c.honesty, c.reassured from check_ins c
           join members m on m.id = c.member_id order by c.day, m.email`,
        )
        .all();
      db.close();
      const passwords = c.out.flatMap((line) => /password: (\S+)/.exec(line)?.[1] ?? []);
      const lines = c.out.map((line) => line.replace(/password: \S+/, 'password: …'));
      return { ratings, passwords, lines: lines.filter((line) => !line.startsWith('Done')) };
    };
    const first = await story('one');
    const second = await story('two');
    expect(first.ratings.length).toBeGreaterThan(5);
    expect(second.ratings).toEqual(first.ratings);
    expect(second.lines).toEqual(first.lines);
    expect(first.passwords).toHaveLength(2);
    expect(second.passwords.some((p) => first.passwords.includes(p))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describeEachDatabase('mend demo', (kind) => {
  let dir: string;
  let env: Record<string, string>;
  let dropSchema: (() => Promise<void>) | undefined;
  let output: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let database: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-demo-'));
    env = { MEND_DATA_DIR: dir, PUBLIC_URL: 'http://localhost:3999' };
    if (kind === 'sqlite') {
      env.DATABASE_URL = `sqlite:${path.join(dir, 'mend.db')}`;
    } else {
      const url = process.env.TEST_DATABASE_URL!;
      const schema = `t_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const joiner = url.includes('?') ? '&' : '?';
      env.DATABASE_URL = `${url}${joiner}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      env.MEND_ENCRYPTION_KEY = randomBytes(32).toString('base64');
      dropSchema = async () => {
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop schema ${schema} cascade`);
        await cleanup.end();
      };
    }
    const c = capture();
    const code = await run(['demo', '--days', '30'], env, c.io);
    output = c.out.join('\n');
    expect(code, [...c.out, ...c.err].join('\n')).toBe(0);
    expect(c.err.join('\n')).toMatch(/couple 1 of 1 done/);

    // Mend as it would start on that database: its own key, the real clock.
    const config = loadConfig(env);
    database = openDatabase(config.databaseUrl);
    const cipher = await openCipher(database.db, {
      env: config.encryptionKey,
      dataDir: config.dataDir,
      kind: database.kind,
    });
    app = await buildApp({
      config: loadConfig({ ...env, LOG_LEVEL: 'silent' }),
      database,
      clock: systemClock,
      limiter: new MemoryRateLimiter(),
      cipher,
    });
    await app.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await dropSchema?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints both partners, the address to sign in at and a summary', () => {
    expect(output).toContain('demo-hurt-1@demo.mend.invalid');
    expect(output).toContain('demo-broke-1@demo.mend.invalid');
    expect(output).toContain('Sign in at http://localhost:3999');
    expect(output).toMatch(/Done: 1 couple, 2 members, 30 days each, \d+ rows written/);
  });

  it('lets both partners sign in and shows them a month on the path', async () => {
    const logins = [...output.matchAll(/(demo-\S+@demo\.mend\.invalid)\s+password: (\S+)/g)];
    expect(logins).toHaveLength(2);
    const [hurt, broke] = logins.map(([, email, password], i) => ({
      email: email!,
      password: password!,
      visitor: new Visitor(app, 'http://localhost:3999', `192.0.2.${i + 1}`),
    }));
    for (const partner of [hurt!, broke!]) {
      await partner.visitor.call(op.signIn, {
        body: { email: partner.email, password: partner.password },
      });
      const me = await partner.visitor.call(op.getMe);
      expect(me.space).not.toBeNull();
    }
    const sam = hurt!.visitor;

    const { items: breaches } = await sam.call(op.listBreaches);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ category: 'infidelity', cameToLight: 'discovered' });
    expect(breaches[0]!.mySeverity?.severity).toBe('severe');
    expect(breaches[0]!.myRoles).toEqual(['hurt']);

    const { items: checkIns } = await sam.call(op.listCheckIns, {
      query: { from: new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10) },
    });
    const { member } = await sam.call(op.getMe);
    const mine = checkIns.filter((c) => c.memberId === member.id && c.trust !== null);
    expect(mine.length).toBeGreaterThan(20);
    expect(mine.length).toBeLessThan(62); // about a third of the days go without

    const { items: commitments } = await sam.call(op.listCommitments);
    expect(commitments.length).toBe(2);
    const daily = commitments.find((c) => c.schedule.kind === 'daily')!;
    const detail = await sam.call(op.getCommitment, { params: { commitmentId: daily.id } });
    const marks = detail.calendar.filter((d) => d.mark !== null);
    expect(marks.length).toBeGreaterThan(20);
    expect(marks.some((d) => d.state === 'kept')).toBe(true);
    expect(marks.some((d) => d.mark?.review?.verdict === 'confirmed')).toBe(true);

    const { items: setbacks } = await sam.call(op.listSetbacks);
    expect(setbacks).toHaveLength(1);
    expect(setbacks[0]).toMatchObject({ kind: 'discovery' });

    const { items: notes } = await broke!.visitor.call(op.listNotes);
    expect(notes.length).toBeGreaterThan(0);
    // The forecast was refreshed at the end, and shared with the other partner.
    const forecast = await sam.call(op.getForecast);
    expect(forecast.pending).toBe(false);
    expect(forecast.forecasts).toHaveLength(1);
    expect(forecast.forecasts[0]).toMatchObject({ mine: true, shared: true, severity: 'severe' });
    expect(forecast.forecasts[0]!.checkInsCounted).toBeGreaterThan(10);
    expect(forecast.forecasts[0]!.perceived?.points.length).toBeGreaterThan(5);
    const seen = await broke!.visitor.call(op.getForecast);
    expect(seen.forecasts.map((f) => f.mine)).toEqual([false]);

    const where = await sam.call(op.getPath);
    const reached = where.steps.filter((s) => s.status === 'reached').map((s) => s.number);
    expect(reached).toEqual(expect.arrayContaining([1, 3, 4]));
  });
});
