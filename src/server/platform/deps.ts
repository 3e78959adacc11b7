/** What services are built from: the database, time, configuration, throttles. */
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DB } from './db/schema.js';
import type { DatabaseKind } from './db/dialect.js';
import type { FieldCipher } from './crypto/field-cipher.js';
import type { RateLimiter } from './rate-limit/rate-limiter.js';

export interface Deps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  clock: Clock;
  config: Config;
  limiter: RateLimiter;
  cipher: FieldCipher;
  log: FastifyBaseLogger;
}
