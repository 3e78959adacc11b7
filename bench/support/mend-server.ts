/**
 * The app as the benchmark runs it: its own process (pinned to a core by
 * bench/http.ts), every plugin, a real database already migrated by the
 * parent, logging at `info` into a discarding stream as production would log.
 * Configured through the environment:
 *   BENCH_DATABASE_URL  sqlite:<file> or postgres://…
 *   BENCH_SCHEMA        PostgreSQL only: the schema to work in
 *   PORT                where to listen (also the PUBLIC_URL's port)
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { buildApp } from '../../src/server/app.js';
import { systemClock } from '../../src/server/platform/clock.js';
import { loadConfig } from '../../src/server/platform/config.js';
import { FieldCipher } from '../../src/server/platform/crypto/field-cipher.js';
import { openDatabase } from '../../src/server/platform/db/database.js';
import { MemoryRateLimiter } from '../../src/server/platform/rate-limit/memory-rate-limiter.js';

const url = process.env.BENCH_DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('BENCH_DATABASE_URL and PORT are required');
const schema = process.env.BENCH_SCHEMA;

const database = openDatabase(url, schema ? { schema } : {});
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  PORT: String(port),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
});
const limiter = new MemoryRateLimiter();
// BENCH_LOG=1 shows the lines on stderr instead, to find why a path fails.
const discard = process.env.BENCH_LOG
  ? process.stderr
  : new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildApp({
  config,
  database,
  clock: systemClock,
  limiter,
  cipher: new FieldCipher(randomBytes(32)),
  logStream: discard,
});
await app.listen({ port, host: '127.0.0.1' });

process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => Promise.all([limiter.close(), database.close()]))
    .then(() => process.exit(0));
});
