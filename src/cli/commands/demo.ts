/**
 * `mend demo`: demo couples with a year of realistic data, in the database
 * Mend itself would open (migrated first), and how to sign in as each partner.
 *
 * The data goes in through the app itself: the app is built in this process
 * on a test clock that starts `--days` days ago and moves a day at a time,
 * and each partner's "phone" sends the API requests a real phone would (see
 * ../demo/couple-script.ts). So every entry is validated, encrypted, audited
 * and counted by the path exactly like a real one. The seeded generator
 * (`--seed`) fixes the story; the passwords are random every time.
 */
import { randomInt } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { buildApp } from '../../server/app.js';
import { checkPassword } from '../../server/platform/auth/passwords.js';
import { ManualClock } from '../../server/platform/clock.js';
import { loadConfig } from '../../server/platform/config.js';
import { openCipher } from '../../server/platform/crypto/encryption-key.js';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import { MemoryRateLimiter } from '../../server/platform/rate-limit/memory-rate-limiter.js';
import { playCouple, type Credentials, type CoupleResult } from '../demo/couple-script.js';
import { NAMES, PASSWORD_WORDS } from '../demo/phrases.js';
import { seededRandom } from '../demo/random.js';
import type { RequestTally } from '../demo/visitor.js';
import { CliError, EXIT_USAGE, type Io } from '../io.js';

export const DEMO_EMAIL_DOMAIN = 'demo.mend.invalid';
export const DEMO_DEFAULTS = { couples: 1, days: 365, seed: 'mend-demo' } as const;
const LIMITS = { couples: 1000, days: 3650 } as const;
/** Couples played side by side on PostgreSQL (the pool holds 10 connections). */
const POSTGRES_LANES = 4;

export interface DemoOptions {
  couples: number;
  days: number;
  seed: string;
  /** Needed with NODE_ENV=production: demo accounts do not belong among real people's. */
  force?: boolean;
}

/** Reads --couples, --days and --seed (given as text) into options, or explains what is wrong. */
export function demoOptions(given: Record<string, string>): DemoOptions {
  const whole = (name: 'couples' | 'days', min: number): number => {
    const text = given[name];
    if (text === undefined) return DEMO_DEFAULTS[name];
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > LIMITS[name]) {
      throw new CliError(
        `--${name} must be a whole number from ${min} to ${LIMITS[name]}, got "${text}".`,
        EXIT_USAGE,
      );
    }
    return value;
  };
  const seed = given.seed ?? DEMO_DEFAULTS.seed;
  if (seed === '') throw new CliError('--seed needs a value.', EXIT_USAGE);
  return { couples: whole('couples', 1), days: whole('days', 1), seed };
}

/** A strong random password: five words and two digits (passes the password policy). */
export function demoPassword(): string {
  for (;;) {
    const parts = Array.from({ length: 5 }, () => PASSWORD_WORDS[randomInt(PASSWORD_WORDS.length)]);
    const password = `${parts.join('-')}-${randomInt(10, 100)}`;
    if (checkPassword(password) === null) return password;
  }
}

/** Rows in every table of Mend's database, summed (migration bookkeeping left out). */
async function countRows(database: Database): Promise<number> {
  const tables = await database.db.introspection.getTables();
  // PostgreSQL lists the tables of every schema: count only those Mend uses.
  const schema =
    database.kind === 'postgres'
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db)).rows[0]
          ?.name
      : undefined;
  let total = 0;
  for (const table of tables) {
    if (table.name.startsWith('kysely_')) continue;
    if (schema !== undefined && table.schema !== schema) continue;
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
      table.name,
    )}`.execute(database.db);
    total += Number(rows[0]?.n ?? 0);
  }
  return total;
}

/** The highest N among demo-…-N@demo.mend.invalid addresses already there, so a new run adds. */
async function lastDemoNumber(database: Database): Promise<number> {
  const rows = await database.db
    .selectFrom('members')
    .select('email')
    .where('email', 'like', `demo-%@${DEMO_EMAIL_DOMAIN}`)
    .execute();
  let last = 0;
  for (const { email } of rows) {
    const match = /^demo-(?:hurt|broke)-(\d+)@/.exec(email);
    if (match) last = Math.max(last, Number(match[1]));
  }
  return last;
}

/** The member's IANA zone: this machine's, so the demo's days are the viewer's days. */
function localTimeZone(env: NodeJS.ProcessEnv): string {
  return env.MEND_DEMO_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

export interface DemoCouple extends CoupleResult {
  number: number;
  hurt: Credentials;
  brokeTrust: Credentials;
}

export interface DemoReport {
  couples: DemoCouple[];
  rowsWritten: number;
  requests: number;
  /** Background jobs run at the end (the forecast refresh of each space). */
  jobsRun: number;
  seconds: number;
}

export async function demoCommand(
  options: DemoOptions,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<DemoReport> {
  const started = performance.now();
  const config = loadConfig(env);
  if (config.env === 'production' && !options.force) {
    throw new CliError(
      'NODE_ENV is production: demo couples, with passwords printed here, do not belong in a ' +
        'database real people use. Add --force if this database is for trying Mend or a benchmark.',
      EXIT_USAGE,
    );
  }
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const cipher = await openCipher(database.db, {
      env: config.encryptionKey,
      dataDir: config.dataDir,
      kind: database.kind,
    });
    const rowsBefore = await countRows(database);
    const first = (await lastDemoNumber(database)) + 1;

    // The same app Mend runs, with what a script over months needs: sessions
    // that last the simulated year, no mail leaving the machine, quiet logs.
    const appConfig = loadConfig({
      ...env,
      LOG_LEVEL: 'error',
      SMTP_URL: '',
      MEND_DEV_OUTBOX: '',
      SESSION_IDLE_HOURS: String(24 * 90),
      SESSION_ABSOLUTE_DAYS: '365',
    });
    const now = new Date();
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        io.err(chunk.toString('utf8').trimEnd());
        done();
      },
    });
    /** One app on its own clock: couples on one lane play one after another. */
    const openLane = async () => {
      const clock = new ManualClock(now);
      const limiter = new MemoryRateLimiter(() => clock.now().getTime());
      const app = await buildApp({
        config: appConfig,
        database,
        clock,
        limiter,
        cipher,
        logStream,
        pollOutbox: false,
        // Jobs run at the end, on the real now, not at simulated moments along the way.
        runJobs: false,
      });
      await app.ready();
      return { clock, limiter, app };
    };
    // PostgreSQL waits on round trips, so a few couples play side by side, each
    // lane with its own app and clock; SQLite writes one at a time anyway.
    const laneCount = database.kind === 'postgres' ? Math.min(POSTGRES_LANES, options.couples) : 1;
    const tally: RequestTally = { requests: 0 };
    const timeZone = localTimeZone(env);
    const couples: DemoCouple[] = [];
    const lanes: Awaited<ReturnType<typeof openLane>>[] = [];
    let jobsRun = 0;
    try {
      for (let i = 0; i < laneCount; i++) lanes.push(await openLane());
      let next = 0;
      let done = 0;
      let failed = false;
      const playLane = async ({ app, clock }: (typeof lanes)[number]) => {
        while (next < options.couples && !failed) {
          const index = next++;
          const number = first + index;
          const random = seededRandom(`${options.seed}:${index + 1}`);
          const hurtName = random.pick(NAMES);
          const brokeName = random.pick(NAMES.filter((name) => name !== hurtName));
          const hurt = {
            displayName: hurtName,
            email: `demo-hurt-${number}@${DEMO_EMAIL_DOMAIN}`,
            password: demoPassword(),
          };
          const brokeTrust = {
            displayName: brokeName,
            email: `demo-broke-${number}@${DEMO_EMAIL_DOMAIN}`,
            password: demoPassword(),
          };
          const result = await playCouple({
            app,
            publicUrl: appConfig.publicUrl,
            clock,
            random,
            tally,
            number,
            hurt,
            brokeTrust,
            timeZone,
            days: options.days,
            now,
          });
          couples[index] = { number, hurt, brokeTrust, ...result };
          done += 1;
          const seconds = (performance.now() - started) / 1000;
          io.err(
            `demo: couple ${done} of ${options.couples} done (${options.days} days, ` +
              `${tally.requests} requests so far, ${seconds.toFixed(1)} s)`,
          );
        }
      };
      // A lane that fails stops the others after their current couple; the first error is told.
      const outcomes = await Promise.allSettled(
        lanes.map((lane) =>
          playLane(lane).catch((error: unknown) => {
            failed = true;
            throw error;
          }),
        ),
      );
      const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failure) throw failure.reason;

      // The writes queued a forecast refresh per space: run them now, as of today.
      const { app, clock } = lanes[0]!;
      clock.set(new Date());
      for (;;) {
        const ran = await app.jobs.runDue();
        if (ran === 0) break;
        jobsRun += ran;
      }
      io.err(`demo: ${jobsRun} forecast refresh${jobsRun === 1 ? '' : 'es'} run`);
    } finally {
      for (const { app, limiter } of lanes) {
        await app.close();
        await limiter.close();
      }
    }

    const rowsWritten = (await countRows(database)) - rowsBefore;
    const report: DemoReport = {
      couples,
      rowsWritten,
      requests: tally.requests,
      jobsRun,
      seconds: (performance.now() - started) / 1000,
    };
    printReport(report, options, config.publicUrl, io);
    return report;
  } finally {
    await database.close();
  }
}

function printReport(report: DemoReport, options: DemoOptions, url: string, io: Io): void {
  for (const couple of report.couples) {
    const setback = couple.setbackDay ? `, a setback on ${couple.setbackDay}` : '';
    io.out(
      `Demo couple ${couple.number}: the breach came to light on ${couple.firstDay}${setback}.`,
    );
    const width = Math.max(couple.hurt.email.length, couple.brokeTrust.email.length);
    io.out(
      `  ${couple.hurt.email.padEnd(width)}  password: ${couple.hurt.password}  ` +
        `(${couple.hurt.displayName}, the hurt partner)`,
    );
    io.out(
      `  ${couple.brokeTrust.email.padEnd(width)}  password: ${couple.brokeTrust.password}  ` +
        `(${couple.brokeTrust.displayName}, who broke trust)`,
    );
  }
  io.out('');
  io.out(`Sign in at ${url} (start Mend first: npm start). Each partner sees their own side;`);
  io.out('sign in as the other in a private window to see both at once.');
  io.out(
    `Done: ${report.couples.length} couple${report.couples.length === 1 ? '' : 's'}, ` +
      `${report.couples.length * 2} members, ${options.days} days each, ` +
      `${report.rowsWritten} rows written through ${report.requests} requests, ` +
      `in ${report.seconds.toFixed(1)} s.`,
  );
}
