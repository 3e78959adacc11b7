/**
 * The app with MEND_JOBS=pg-boss on PostgreSQL (only when TEST_DATABASE_URL is
 * set): the forecast refresh and a reminder run through pg-boss as they do
 * through the jobs table. pg-boss gets a schema of this suite's own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, ok, recordBreach } from './repair/factories.js';
import { createJobs } from '../src/server/platform/jobs/create-jobs.js';
import { newId } from '../src/server/platform/ids.js';
import { createCouple, type Couple } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const url = process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!url)('jobs on pg-boss [postgres]', () => {
  let t: TestApp;
  let couple: Couple;
  let schema: string;

  beforeEach(async () => {
    schema = `pgboss_${randomBytes(5).toString('hex')}`;
    // 18:59:58 UTC is 19:59:58 in Berlin: two seconds before a 20:00 reminder.
    t = await createTestApp({
      kind: 'postgres',
      now: new Date('2026-03-10T18:59:58Z'),
      env: { DATABASE_URL: url!, MEND_JOBS: 'pg-boss', MEND_PGBOSS_SCHEMA: schema },
    });
    couple = await createCouple(t, { a: 'Europe/Berlin' });
    await t.app.jobs.runDue();
  });
  afterEach(async () => {
    await t.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('refreshes the forecast after a write', async () => {
    await recordBreach(t, couple.a, {
      category: 'infidelity',
      day: '2026-03-01',
      brokeTrust: 'me',
    });
    const before = await ok<{ refreshing: boolean }>(call(t, couple.b, 'GET', '/forecast'));
    expect(before.refreshing).toBe(true);
    await sleep(50);
    expect(await t.app.jobs.runDue()).toBe(1);
    const after = await ok<{ refreshing: boolean; forecasts: unknown[] }>(
      call(t, couple.b, 'GET', '/forecast'),
    );
    expect(after.refreshing).toBe(false);
    expect(after.forecasts).toHaveLength(1);
  });

  it('sends a reminder at the local time, once, and plans the next', async () => {
    await ok(
      call(t, couple.a, 'PUT', '/me/reminders', {
        items: [{ kind: 'check-in', days: [1, 2, 3, 4, 5, 6, 7], time: '20:00', channel: 'app' }],
        quietHours: null,
      }),
    );
    expect(await t.app.jobs.runDue()).toBe(0);
    await sleep(2_500);
    t.clock.advance(2_500);
    expect(await t.app.jobs.runDue()).toBe(1);
    expect(await t.app.jobs.runDue()).toBe(0);
    const due = await ok<{ items: { kind: string }[] }>(
      call(t, couple.a, 'GET', '/me/reminders/due'),
    );
    expect(due.items.map((item) => item.kind)).toEqual(['check-in']);
    expect(await t.app.jobs.pending('reminder-check-in', couple.a.id)).toBe(true);
  });

  it('carries jobs waiting in the jobs table over to pg-boss at start', async () => {
    const db = t.db.database.db;
    await db
      .insertInto('jobs')
      .values({
        id: newId(),
        kind: 'reminder-check-in',
        subject: couple.a.id,
        dueAt: '2026-03-11T19:00:00.000Z',
        version: 1,
        lockedUntil: null,
        attempts: 0,
      })
      .execute();
    const next = await createJobs(
      { jobs: 'pg-boss', pgBossSchema: schema, databaseUrl: url! },
      { db, clock: t.clock, log: t.app.log },
    );
    try {
      expect(await db.selectFrom('jobs').selectAll().execute()).toEqual([]);
      expect(await next.pending('reminder-check-in', couple.a.id)).toBe(true);
    } finally {
      await next.stop();
    }
  });
});
