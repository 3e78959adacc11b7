/**
 * Configuration comes only from environment variables, validated once at start.
 * A bad value stops the process with a message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';

const Port = z.coerce.number().int().min(0).max(65535);

const DatabaseUrl = z
  .string()
  .refine(
    (value) => /^sqlite:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value),
    'must start with sqlite: (a file path or :memory:) or postgres://',
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: Port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: DatabaseUrl.optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must start with redis:// or rediss://')
    .optional(),
  MEND_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, colons, dashes or underscores')
    .default('mend:'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must start with smtp:// or smtps://')
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Mend <no-reply@localhost>'),
  MEND_DATA_DIR: z.string().min(1).default('./data'),
  MEND_ENCRYPTION_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  MEND_DEV_OUTBOX: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
  MEND_JOBS: z
    .enum(['embedded', 'pg-boss'], { error: 'must be embedded or pg-boss' })
    .default('embedded'),
  MEND_PGBOSS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,49}$/, 'must be a lower-case PostgreSQL schema name')
    .default('pgboss'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string | undefined;
  /** Every Redis key and channel of this deployment starts with it, so one Redis can serve several. */
  redisPrefix: string;
  smtpUrl: string | undefined;
  /** The From: of every e-mail. */
  mailFrom: string;
  /** Where the app is reached, without a trailing slash: links in e-mails, the Origin check. */
  publicUrl: string;
  dataDir: string;
  encryptionKey: string | undefined;
  logLevel: string;
  /** Secure cookies with the __Host- prefix and HSTS: on whenever the public URL is https. */
  secureCookies: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /**
   * The development outbox page (`GET /api/v1/dev/outbox`): only when asked for
   * with MEND_DEV_OUTBOX=1, never in production, never with SMTP.
   */
  devOutbox: boolean;
  /** Who runs background jobs: the jobs table (default) or pg-boss (PostgreSQL only). */
  jobs: 'embedded' | 'pg-boss';
  /** The schema pg-boss keeps its tables in. */
  pgBossSchema: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as they do in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const devOutbox = e.MEND_DEV_OUTBOX === '1';
  if (devOutbox && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  MEND_DEV_OUTBOX: the outbox page is for development; it cannot be on with NODE_ENV=production',
    );
  }
  if (devOutbox && e.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  MEND_DEV_OUTBOX: with SMTP_URL set, mail is delivered and nothing waits in the outbox to be read',
    );
  }
  const databaseUrl =
    e.DATABASE_URL ?? `sqlite:${path.join(path.resolve(e.MEND_DATA_DIR), 'mend.db')}`;
  if (e.MEND_JOBS === 'pg-boss' && databaseUrl.startsWith('sqlite:')) {
    throw new ConfigError(
      'Invalid configuration:\n  MEND_JOBS: pg-boss runs on PostgreSQL; set DATABASE_URL=postgres://… or leave MEND_JOBS unset',
    );
  }
  const dataDir = path.resolve(e.MEND_DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.MEND_REDIS_PREFIX,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl,
    dataDir,
    encryptionKey: e.MEND_ENCRYPTION_KEY,
    logLevel: e.LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3_600_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_DAYS * 86_400_000,
    devOutbox,
    jobs: e.MEND_JOBS,
    pgBossSchema: e.MEND_PGBOSS_SCHEMA,
  };
}
