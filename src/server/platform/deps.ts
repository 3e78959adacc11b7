/** What services are built from: the database, time, configuration, throttles, the event bus. */
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DB } from './db/schema.js';
import type { DatabaseKind } from './db/dialect.js';
import type { FieldCipher } from './crypto/field-cipher.js';
import type { RateLimiter } from './rate-limit/rate-limiter.js';
import type { EventBus } from './events/event-bus.js';

export interface Deps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  clock: Clock;
  config: Config;
  limiter: RateLimiter;
  cipher: FieldCipher;
  /** Live updates to the partner (platform/events/announce.ts publishes through it). */
  bus: EventBus;
  log: FastifyBaseLogger;
}
