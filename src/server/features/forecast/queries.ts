/** The forecast tables' SQL, always scoped by space. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

export function listForecasts(db: Kysely<DB>, spaceId: string) {
  return db.selectFrom('forecasts').selectAll().where('spaceId', '=', spaceId).execute();
}

/** One row per hurt partner: a real upsert on (space, member), so two runs write one row. */
export async function saveForecast(
  db: Kysely<DB>,
  row: { spaceId: string; memberId: string; asOf: string; body: string; computedAt: Date },
): Promise<void> {
  const computedAt = row.computedAt.toISOString();
  await db
    .insertInto('forecasts')
    .values({
      id: newId(row.computedAt.getTime()),
      spaceId: row.spaceId,
      memberId: row.memberId,
      asOf: row.asOf,
      body: row.body,
      computedAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['spaceId', 'memberId'])
        .doUpdateSet({ asOf: row.asOf, body: row.body, computedAt }),
    )
    .execute();
}

/** A member who is no longer hurt in any breach has no forecast. */
export async function deleteForecastsExcept(
  db: Kysely<DB>,
  spaceId: string,
  keep: readonly string[],
): Promise<void> {
  let query = db.deleteFrom('forecasts').where('spaceId', '=', spaceId);
  if (keep.length > 0) query = query.where('memberId', 'not in', keep);
  await query.execute();
}

export async function listShares(db: Kysely<DB>, spaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('forecastShares')
    .select('memberId')
    .where('spaceId', '=', spaceId)
    .execute();
  return new Set(rows.map((r) => r.memberId));
}

/** Sharing twice is one row; the answer says whether this call changed anything. */
export async function share(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .insertInto('forecastShares')
    .values({ spaceId, memberId, createdAt: now.toISOString() })
    .onConflict((oc) => oc.columns(['spaceId', 'memberId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function unshare(db: Kysely<DB>, spaceId: string, memberId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('forecastShares')
    .where('spaceId', '=', spaceId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export const FORECAST_REFRESH = 'forecast-refresh';
