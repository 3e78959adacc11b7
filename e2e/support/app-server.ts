/**
 * The real Mend app, in this process, on a real port: a copy of the built web
 * app from dist/web, a fresh SQLite file, a random encryption key and the
 * system clock. PUBLIC_URL must equal the address the browser uses (invite links, the
 * Host check and the Origin check depend on it), so a free port is found first and the
 * app is then built for exactly that address.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { systemClock, type Clock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { FieldCipher } from '../../src/server/platform/crypto/field-cipher.js';
import { openDatabase, type Database } from '../../src/server/platform/db/database.js';
import { migrateToLatest } from '../../src/server/platform/db/migrate.js';
import { MemoryRateLimiter } from '../../src/server/platform/rate-limit/memory-rate-limiter.js';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webDir = path.join(projectRoot, 'dist', 'web');

export interface AppServer {
  url: string;
  app: FastifyInstance;
  /** The test's own database, for the few steps a browser cannot take (ageing a session). */
  database: Database;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /**
   * The host name the browser uses. Passkeys need a domain (WebAuthn refuses an
   * IP address), so their test uses `localhost`, which the browser is told maps
   * to 127.0.0.1; the server still listens on 127.0.0.1 only.
   */
  hostName?: 'localhost' | '127.0.0.1';
  /** Deliver e-mail here (a test's SMTP sink); otherwise it waits in the outbox. */
  smtpUrl?: string;
  /**
   * A test clock, so a walk over weeks moves time instead of sleeping. The rate
   * limiter follows it too, and sessions are given a year, since a walk's
   * simulated months would otherwise end them.
   */
  clock?: Clock;
  /**
   * Fills the fresh database before the app starts (the demo couple, say),
   * given the database's address and the app's encryption key as Mend's own
   * environment would name them.
   */
  prepare?: (env: { DATABASE_URL: string; MEND_ENCRYPTION_KEY: string }) => Promise<void>;
}

/**
 * A private copy of the built app for one server: a `vite build` run meanwhile
 * (by another test run in the same checkout) empties dist/web, and pages
 * would then ask for scripts that are gone. The copy is checked whole — every
 * file index.html names is there — and taken again if a build was mid-way.
 */
async function snapshotWebApp(into: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(into, { recursive: true, force: true });
    try {
      fs.cpSync(webDir, into, { recursive: true });
      const index = fs.readFileSync(path.join(into, 'index.html'), 'utf8');
      const named = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (named.length > 0 && named.every((file) => fs.existsSync(path.join(into, file)))) {
        return into;
      }
    } catch {
      // A build was replacing files while they were copied; try again.
    }
    if (attempt >= 20) throw new Error(`The built web app in ${webDir} is incomplete.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Asks the system for a free port by listening on port 0, then lets it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('No free port was given'))));
    });
  });
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(
      `The web app is not built: ${path.join(webDir, 'index.html')} is missing.\n` +
        'Run "npx vite build" first (npm test does this before the end-to-end tests).',
    );
  }
  const port = await freePort();
  const url = `http://${options.hostName ?? '127.0.0.1'}:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    PUBLIC_URL: url,
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...(options.clock ? { SESSION_IDLE_HOURS: '720', SESSION_ABSOLUTE_DAYS: '365' } : {}),
  });
  const clock = options.clock ?? systemClock;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-e2e-'));
  const servedWebDir = await snapshotWebApp(path.join(dataDir, 'web'));
  const databaseUrl = `sqlite:${path.join(dataDir, 'mend.db')}`;
  const key = randomBytes(32);
  if (options.prepare) {
    await options.prepare({
      DATABASE_URL: databaseUrl,
      MEND_ENCRYPTION_KEY: key.toString('base64'),
    });
  }
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const limiter = new MemoryRateLimiter(() => clock.now().getTime());
  const app = await buildApp({
    config,
    database,
    clock,
    limiter,
    cipher: new FieldCipher(key),
    webDir: servedWebDir,
  });
  await app.listen({ port, host: '127.0.0.1' });

  return {
    url,
    app,
    database,
    close: async () => {
      await app.close();
      await limiter.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
