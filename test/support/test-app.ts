/**
 * A real app on a fresh database, driven through `inject` (no port). Time is a
 * manual clock; log lines are kept so tests can look through them.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type LiveUpdateTiming } from '../../src/server/app.js';
import type { Deps } from '../../src/server/platform/deps.js';
import type { EventBus } from '../../src/server/platform/events/event-bus.js';
import { MemoryEventBus } from '../../src/server/platform/events/memory-event-bus.js';
import { ManualClock } from '../../src/server/platform/clock.js';
import { loadConfig, type Config } from '../../src/server/platform/config.js';
import { FieldCipher } from '../../src/server/platform/crypto/field-cipher.js';
import { MemoryRateLimiter } from '../../src/server/platform/rate-limit/memory-rate-limiter.js';
import type { RateLimiter } from '../../src/server/platform/rate-limit/rate-limiter.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './databases.js';

export const TEST_ORIGIN = 'http://localhost:3000';
/** The Host a browser sends to TEST_ORIGIN (inject's own default, localhost:80, is refused). */
export const TEST_HOST = new URL(TEST_ORIGIN).host;
export const TEST_KEY = Buffer.alloc(32, 7);

export interface TestApp {
  app: FastifyInstance;
  clock: ManualClock;
  config: Config;
  /** The app's cipher (key TEST_KEY), for tests that read encrypted rows. */
  cipher: FieldCipher;
  db: TestDatabase;
  logs: string[];
  request(options: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  method: InjectOptions['method'];
  url: string;
  body?: unknown;
  /** Session cookie value ("name=value"), from signUp/signIn. */
  cookie?: string;
  headers?: Record<string, string>;
  /** The client address the server sees (throttles count per address). */
  remoteAddress?: string;
}

export interface TestAppOptions {
  kind?: TestDatabaseKind;
  now?: Date;
  sqliteFile?: string;
  /** PostgreSQL only: connections in the app's pool (4 unless told). */
  poolSize?: number;
  limiter?: RateLimiter;
  env?: Record<string, string>;
  webDir?: string;
  /** With SMTP_URL in `env`: leave sending to `app.outboxSender.drain()`. */
  pollOutbox?: boolean;
  /** Run background jobs in the app (off: the test calls `app.jobs.runDue()`). */
  runJobs?: boolean;
  /** The live-update bus (in process unless given: a Redis one stands for many nodes). */
  bus?: EventBus;
  /** Shorter event-stream timers, so a test sees a re-check without waiting seconds. */
  liveUpdates?: Partial<LiveUpdateTiming>;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PUBLIC_URL: TEST_ORIGIN,
    ...options.env,
  });
  const db = await createTestDatabase(options.kind ?? 'sqlite', {
    sqliteFile: options.sqliteFile,
    poolSize: options.poolSize,
  });
  const clock = new ManualClock(options.now ?? new Date('2026-03-10T12:00:00Z'));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const limiter = options.limiter ?? new MemoryRateLimiter(() => clock.now().getTime());
  const cipher = new FieldCipher(TEST_KEY);
  const app = await buildApp({
    config,
    database: db.database,
    clock,
    limiter,
    cipher,
    logStream,
    ...(options.webDir ? { webDir: options.webDir } : {}),
    pollOutbox: options.pollOutbox ?? false,
    runJobs: options.runJobs ?? false,
    ...(options.bus ? { bus: options.bus } : {}),
    ...(options.liveUpdates ? { liveUpdates: options.liveUpdates } : {}),
  });
  await app.ready();

  return {
    app,
    clock,
    config,
    cipher,
    db,
    logs,
    request: ({ method, url, body, cookie, headers, remoteAddress }) =>
      app.inject({
        method,
        url,
        ...(remoteAddress ? { remoteAddress } : {}),
        headers: {
          host: new URL(config.publicUrl).host,
          origin: TEST_ORIGIN,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      }),
    close: async () => {
      await app.close();
      await limiter.close();
      await db.drop();
    },
  };
}

/**
 * What a second app node on the same database would build its services from:
 * the same database, clock, configuration and key, with throttles and a bus
 * of its own. Tests use it to run a job or a claim twice at once.
 */
export function secondNodeDeps(t: TestApp): Deps {
  return {
    db: t.db.database.db,
    dbKind: t.db.database.kind,
    clock: t.clock,
    config: t.config,
    limiter: new MemoryRateLimiter(() => t.clock.now().getTime()),
    cipher: t.cipher,
    bus: new MemoryEventBus(),
    log: t.app.log,
  };
}
