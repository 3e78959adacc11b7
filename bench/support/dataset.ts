/**
 * The benchmark's databases: a fresh SQLite file or PostgreSQL schema,
 * migrated, and for the "big" dataset filled with other couples' year of
 * check-ins written straight in SQL (through the app it would take hours).
 * The benchmark's own couples get the same year of history on both datasets,
 * so the only difference between them is everyone else.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/platform/db/database.js';
import { migrateToLatest } from '../../src/server/platform/db/migrate.js';
import { newId } from '../../src/server/platform/ids.js';

export interface BenchDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  schema?: string;
  open(): Database;
  drop(): Promise<void>;
}

export async function createDatabase(pgUrl?: string): Promise<BenchDatabase> {
  if (!pgUrl) {
    const dir = fs.mkdtempSync(
      path.join(process.env.BENCH_SQLITE_DIR ?? os.tmpdir(), 'mend-bench-'),
    );
    const url = `sqlite:${path.join(dir, 'mend.db')}`;
    return {
      kind: 'sqlite',
      url,
      open: () => openDatabase(url),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    kind: 'postgres',
    url: pgUrl,
    schema,
    open: () => openDatabase(pgUrl, { schema }),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: pgUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export async function migrate(target: BenchDatabase): Promise<void> {
  const database = target.open();
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}

/** `couples` couples with a check-in from each partner on each of `days` past days. */
export async function fillOthers(target: BenchDatabase, couples: number, days: number) {
  const database = target.open();
  const { db } = database;
  const now = new Date().toISOString();
  const far = new Date(Date.now() + 365 * 86_400_000).toISOString();
  try {
    if (database.kind === 'sqlite') {
      const n = sql.raw(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${couples})`,
      );
      const seats = sql.raw(`(select 'a' as s, 1 as seat union all select 'b', 2) as seats`);
      const nd = sql.raw(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${couples}), ` +
          `d(k) as (select 1 union all select k + 1 from d where k < ${days})`,
      );
      await db.transaction().execute(async (trx) => {
        await sql`${n} insert into members (id, email, display_name, password_hash, time_zone, created_at, updated_at)
          select 'fill-' || i || s, 'fill-' || i || s || '@example.test', 'Filler', 'x', 'UTC', ${now}, ${now} from n, ${seats}`.execute(
          trx,
        );
        await sql`${n} insert into sessions (id, member_id, token_hash, created_at, last_seen_at, expires_at, device)
          select 'fill-' || i || s, 'fill-' || i || s, 'fill-' || i || s, ${now}, ${now}, ${far}, 'bench' from n, ${seats}`.execute(
          trx,
        );
        await sql`${n} insert into spaces (id, created_by, created_at) select 'fill-' || i, 'fill-' || i || 'a', ${now} from n`.execute(
          trx,
        );
        await sql`${n} insert into space_members (id, space_id, member_id, seat, joined_at)
          select 'fill-' || i || s, 'fill-' || i, 'fill-' || i || s, seat, ${now} from n, ${seats}`.execute(
          trx,
        );
        await sql`${nd}
          insert into check_ins (id, space_id, member_id, day, trust, honesty, reliability, openness, safety, effort, talked_openly, therapist_visible, created_at, updated_at)
          select 'fill-' || i || s || '-' || k, 'fill-' || i, 'fill-' || i || s, date('now', '-' || k || ' days'),
            1 + abs(random()) % 7, 1 + abs(random()) % 7, 1 + abs(random()) % 7, 1 + abs(random()) % 7,
            1 + abs(random()) % 7, 1 + abs(random()) % 5, abs(random()) % 2, 0, ${now}, ${now}
          from n, ${seats}, d`.execute(trx);
      });
      await sql`analyze`.execute(db);
    } else {
      const seats = sql.raw(`(values ('a', 1), ('b', 2)) as seats(s, seat)`);
      await db.transaction().execute(async (trx) => {
        await sql`insert into members (id, email, display_name, password_hash, time_zone, created_at, updated_at)
          select 'fill-' || i || s, 'fill-' || i || s || '@example.test', 'Filler', 'x', 'UTC', ${now}, ${now}
          from generate_series(1, ${couples}) as i, ${seats}`.execute(trx);
        await sql`insert into sessions (id, member_id, token_hash, created_at, last_seen_at, expires_at, device)
          select 'fill-' || i || s, 'fill-' || i || s, 'fill-' || i || s, ${now}, ${now}, ${far}, 'bench'
          from generate_series(1, ${couples}) as i, ${seats}`.execute(trx);
        await sql`insert into spaces (id, created_by, created_at)
          select 'fill-' || i, 'fill-' || i || 'a', ${now} from generate_series(1, ${couples}) as i`.execute(
          trx,
        );
        await sql`insert into space_members (id, space_id, member_id, seat, joined_at)
          select 'fill-' || i || s, 'fill-' || i, 'fill-' || i || s, seat, ${now}
          from generate_series(1, ${couples}) as i, ${seats}`.execute(trx);
        await sql`insert into check_ins (id, space_id, member_id, day, trust, honesty, reliability, openness, safety, effort, talked_openly, therapist_visible, created_at, updated_at)
          select 'fill-' || i || s || '-' || k, 'fill-' || i, 'fill-' || i || s, to_char(current_date - k, 'YYYY-MM-DD'),
            1 + floor(random() * 7), 1 + floor(random() * 7), 1 + floor(random() * 7), 1 + floor(random() * 7),
            1 + floor(random() * 7), 1 + floor(random() * 5), floor(random() * 2), 0, ${now}, ${now}
          from generate_series(1, ${couples}) as i, ${seats}, generate_series(1, ${days}) as k`.execute(
          trx,
        );
      });
      await sql`analyze`.execute(db);
    }
  } finally {
    await database.close();
  }
}

/** A year of past check-ins for every member who is not filler (the benchmark's couples). */
export async function giveHistory(target: BenchDatabase, days: number) {
  const database = target.open();
  const { db } = database;
  const now = new Date();
  const stamp = now.toISOString();
  try {
    const members = await db
      .selectFrom('spaceMembers')
      .select(['spaceId', 'memberId'])
      .where('memberId', 'not like', 'fill-%')
      .where('leftAt', 'is', null)
      .execute();
    // Two days ago and before: today and yesterday stay for the benchmark's writes.
    const rows = members.flatMap(({ spaceId, memberId }) =>
      Array.from({ length: days - 1 }, (_, k) => ({
        id: newId(now.getTime() - (k + 2) * 86_400_000),
        spaceId,
        memberId,
        day: new Date(now.getTime() - (k + 2) * 86_400_000).toISOString().slice(0, 10),
        trust: 4,
        honesty: 5,
        reliability: 4,
        openness: 3,
        safety: 5,
        effort: 4,
        talkedOpenly: 1 as const,
        therapistVisible: 0 as const,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto('checkIns')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  } finally {
    await database.close();
  }
}
