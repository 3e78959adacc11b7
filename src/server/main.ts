/**
 * Starts Mend: read configuration, open and migrate the database, check the
 * encryption key, build the app, listen; on SIGTERM/SIGINT finish requests in
 * flight, then close the database.
 */
import path from 'node:path';
import { buildApp } from './app.js';
import { systemClock } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { EncryptionKeyError, openCipher } from './platform/crypto/encryption-key.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { sealOutbox } from './platform/mail/seal-outbox.js';
import { projectRoot } from './platform/project-root.js';
import { MemoryRateLimiter } from './platform/rate-limit/memory-rate-limiter.js';
import { RedisRateLimiter } from './platform/rate-limit/redis-rate-limiter.js';
import { MemoryEventBus } from './platform/events/memory-event-bus.js';
import { RedisEventBus } from './platform/events/redis-event-bus.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const cipher = await openCipher(database.db, {
    env: config.encryptionKey,
    dataDir: config.dataDir,
    kind: database.kind,
  });
  // Outbox rows from before migration 0006 are plaintext; the key is needed to seal them.
  await sealOutbox(database.db, cipher);
  const limiter = config.redisUrl
    ? new RedisRateLimiter(config.redisUrl, `${config.redisPrefix}rl:`)
    : new MemoryRateLimiter();
  // Live updates: across nodes through Redis pub/sub, or within this one process.
  const bus = config.redisUrl
    ? new RedisEventBus(config.redisUrl, `${config.redisPrefix}events:`)
    : new MemoryEventBus();
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    limiter,
    bus,
    cipher,
    webDir: path.join(projectRoot(), 'dist', 'web'),
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => Promise.all([database.close(), limiter.close(), bus.close()]))
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: database.kind, redis: Boolean(config.redisUrl) },
    `Mend is ready at ${config.publicUrl}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EncryptionKeyError) {
    console.error(error.message);
  } else {
    console.error('Mend could not start:', error);
  }
  process.exit(1);
});
