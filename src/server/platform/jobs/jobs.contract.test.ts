/**
 * The promises of `Jobs` (jobs.ts), run against every implementation: the
 * embedded queue on SQLite, and — when TEST_DATABASE_URL is set — the embedded
 * queue on PostgreSQL and pg-boss in a schema of this suite's own.
 *
 * Time: the embedded queue reads the app clock only, so a test moves a manual
 * clock. pg-boss counts a delay down on the database's clock, so for it the
 * harness also waits for real; delays here are kept to a second or two.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  type TestDatabase,
} from '../../../../test/support/databases.js';
import { ManualClock } from '../clock.js';
import { jobQueue } from './job-queue.js';
import type { Jobs } from './jobs.js';
import { pgBossJobs } from './pg-boss-jobs.js';

const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  clock: ManualClock;
  /** A runner on the shared store, as another node or a restarted server would be. */
  make(): Promise<Jobs>;
  /** Moves time on for the implementation. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

type HarnessFactory = () => Promise<Harness>;

function embedded(kind: 'sqlite' | 'postgres'): HarnessFactory {
  return async () => {
    const db: TestDatabase = await createTestDatabase(kind);
    const clock = new ManualClock(new Date('2026-03-28T12:00:00Z'));
    return {
      clock,
      make: () => Promise.resolve(jobQueue({ db: db.database.db, clock, log })),
      advance: (ms) => {
        clock.advance(ms);
        return Promise.resolve();
      },
      close: () => db.drop(),
    };
  };
}

function pgBoss(): HarnessFactory {
  return async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `pgboss_${randomBytes(5).toString('hex')}`;
    const clock = new ManualClock(new Date());
    const made: Jobs[] = [];
    return {
      clock,
      make: async () => {
        const jobs = await pgBossJobs({ connectionString: url, schema, clock, log, poolSize: 3 });
        made.push(jobs);
        return jobs;
      },
      advance: async (ms) => {
        clock.advance(ms);
        await sleep(ms);
      },
      close: async () => {
        for (const jobs of made) await jobs.stop().catch(() => undefined);
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      },
    };
  };
}

const implementations: [string, HarnessFactory][] = [
  ...databaseKinds().map((kind): [string, HarnessFactory] => [
    `embedded [${kind}]`,
    embedded(kind),
  ]),
  ...(process.env.TEST_DATABASE_URL
    ? [['pg-boss [postgres]', pgBoss()] as [string, HarnessFactory]]
    : []),
];

for (const [name, factory] of implementations) {
  describe(`jobs contract: ${name}`, () => {
    let h: Harness;
    let jobs: Jobs;
    /** Subjects in the order the handler ran them. */
    let calls: string[];

    beforeEach(async () => {
      h = await factory();
      jobs = await h.make();
      calls = [];
      jobs.register('test-kind', (subject) => {
        calls.push(subject);
        return Promise.resolve();
      });
    });
    afterEach(async () => {
      await jobs.stop();
      await h.close();
    });

    it('runs a job once', async () => {
      await jobs.enqueue('test-kind', 'one');
      expect(await jobs.pending('test-kind', 'one')).toBe(true);
      expect(await jobs.runDue()).toBe(1);
      expect(await jobs.runDue()).toBe(0);
      expect(calls).toEqual(['one']);
      expect(await jobs.pending('test-kind', 'one')).toBe(false);
    });

    it('keeps one pending job per kind and subject', async () => {
      await jobs.enqueue('test-kind', 'one');
      await jobs.enqueue('test-kind', 'one');
      await jobs.enqueue('test-kind', 'two');
      await jobs.enqueue('test-kind', 'one');
      expect(await jobs.runDue()).toBe(2);
      expect(calls.sort()).toEqual(['one', 'two']);
    });

    it('honours a future run time, and a later enqueue moves it', async () => {
      await jobs.enqueue('test-kind', 'later', {
        runAt: new Date(h.clock.now().getTime() + 1_500),
      });
      await jobs.enqueue('test-kind', 'moved', {
        runAt: new Date(h.clock.now().getTime() + 60_000),
      });
      await jobs.enqueue('test-kind', 'moved', {
        runAt: new Date(h.clock.now().getTime() + 1_500),
      });
      expect(await jobs.runDue()).toBe(0);
      await h.advance(1_700);
      expect(await jobs.runDue()).toBe(2);
      expect(calls.sort()).toEqual(['later', 'moved']);
    });

    it('drops a cancelled job', async () => {
      await jobs.enqueue('test-kind', 'gone', { runAt: new Date(h.clock.now().getTime() + 500) });
      await jobs.cancel('test-kind', 'gone');
      expect(await jobs.pending('test-kind', 'gone')).toBe(false);
      await h.advance(700);
      expect(await jobs.runDue()).toBe(0);
      expect(calls).toEqual([]);
    });

    it('retries a failing handler later, not at once', async () => {
      let failures = 0;
      jobs.register('flaky', (subject) => {
        calls.push(subject);
        if (failures === 0) {
          failures += 1;
          return Promise.reject(new Error('boom'));
        }
        return Promise.resolve();
      });
      await jobs.enqueue('flaky', 'f');
      expect(await jobs.runDue()).toBe(0);
      expect(calls).toEqual(['f']);
      // Backing off: nothing runs straight away.
      expect(await jobs.runDue()).toBe(0);
      expect(calls).toEqual(['f']);
      await h.advance(2_200);
      expect(await jobs.runDue()).toBe(1);
      expect(calls).toEqual(['f', 'f']);
      expect(await jobs.pending('flaky', 'f')).toBe(false);
    });

    it('keeps the next job a handler enqueues for its own subject', async () => {
      jobs.register('chain', async (subject) => {
        calls.push(subject);
        if (calls.length === 1) {
          await jobs.enqueue('chain', subject, {
            runAt: new Date(h.clock.now().getTime() + 1_000),
          });
        }
      });
      await jobs.enqueue('chain', 'c');
      expect(await jobs.runDue()).toBe(1);
      expect(await jobs.pending('chain', 'c')).toBe(true);
      expect(await jobs.runDue()).toBe(0);
      await h.advance(1_200);
      expect(await jobs.runDue()).toBe(1);
      expect(calls).toEqual(['c', 'c']);
    });

    it('survives a restart: a job due while no runner was up runs once after start', async () => {
      await jobs.enqueue('test-kind', 'kept', { runAt: new Date(h.clock.now().getTime() + 1_000) });
      await jobs.stop();
      await h.advance(1_200);
      const next = await h.make();
      const after: string[] = [];
      next.register('test-kind', (subject) => {
        after.push(subject);
        return Promise.resolve();
      });
      await next.start();
      for (let waited = 0; after.length === 0 && waited < 8_000; waited += 100) await sleep(100);
      await sleep(300);
      expect(after).toEqual(['kept']);
      expect(await next.runDue()).toBe(0);
      await next.stop();
      jobs = next; // afterEach stops it again (idempotent)
      expect(calls).toEqual([]);
    });

    it('runs each job exactly once with two runners at once', async () => {
      const other = await h.make();
      const seen: string[] = [];
      const record = (subject: string) => {
        seen.push(subject);
        return Promise.resolve();
      };
      jobs.register('race', record);
      other.register('race', record);
      const subjects = Array.from({ length: 12 }, (_, index) => `s${index}`);
      for (const subject of subjects) await jobs.enqueue('race', subject);
      const [a, b] = await Promise.all([jobs.runDue(), other.runDue()]);
      const [c, d] = await Promise.all([jobs.runDue(), other.runDue()]);
      expect(a + b + c + d).toBe(subjects.length);
      expect(seen.sort()).toEqual([...subjects].sort());
      await other.stop();
    });
  });
}
