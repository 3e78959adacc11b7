import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('MEND_DEV_OUTBOX', () => {
  it('is off unless set to 1', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).devOutbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', MEND_DEV_OUTBOX: '0' }).devOutbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', MEND_DEV_OUTBOX: '1' }).devOutbox).toBe(true);
  });

  it('is refused in production, with SMTP, and as anything but 0 or 1', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MEND_DEV_OUTBOX: '1' })).toThrow(
      /MEND_DEV_OUTBOX: .*production/,
    );
    expect(() => loadConfig({ MEND_DEV_OUTBOX: '1', SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(
      /MEND_DEV_OUTBOX: .*SMTP_URL/,
    );
    expect(() => loadConfig({ MEND_DEV_OUTBOX: 'yes' })).toThrow(ConfigError);
  });

  it('keeps Redis keys under MEND_REDIS_PREFIX, and refuses one with spaces or slashes', () => {
    expect(loadConfig({}).redisPrefix).toBe('mend:');
    expect(loadConfig({ MEND_REDIS_PREFIX: 'mend-eu:' }).redisPrefix).toBe('mend-eu:');
    expect(() => loadConfig({ MEND_REDIS_PREFIX: 'a b' })).toThrow(/MEND_REDIS_PREFIX/);
    expect(() => loadConfig({ MEND_REDIS_PREFIX: 'a/b' })).toThrow(ConfigError);
  });
});

describe('MEND_JOBS', () => {
  it('is the embedded jobs table unless pg-boss is asked for on PostgreSQL', () => {
    expect(loadConfig({}).jobs).toBe('embedded');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/mend' }).jobs).toBe('embedded');
    const scale = loadConfig({ DATABASE_URL: 'postgres://db/mend', MEND_JOBS: 'pg-boss' });
    expect(scale.jobs).toBe('pg-boss');
    expect(scale.pgBossSchema).toBe('pgboss');
  });

  it('refuses pg-boss on SQLite, other values, and an unsafe schema name', () => {
    expect(() => loadConfig({ MEND_JOBS: 'pg-boss' })).toThrow(/MEND_JOBS: .*PostgreSQL/);
    expect(() => loadConfig({ MEND_JOBS: 'cron' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://db/mend',
        MEND_JOBS: 'pg-boss',
        MEND_PGBOSS_SCHEMA: 'x; drop',
      }),
    ).toThrow(/MEND_PGBOSS_SCHEMA/);
  });
});
