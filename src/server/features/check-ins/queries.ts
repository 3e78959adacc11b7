/**
 * Check-in rows: the writes, and the reads only check-ins needs (what other
 * features read is in `reads.ts`). Every query takes the space id; nothing
 * here reads across spaces.
 */
import type { Kysely, Selectable } from 'kysely';
import { prepared, type Param } from '../../platform/db/prepared.js';
import type { CheckInsTable, DB } from '../../platform/db/schema.js';

export type CheckInRow = Selectable<CheckInsTable>;

export type CheckInFields = Pick<
  CheckInsTable,
  | 'trust'
  | 'honesty'
  | 'reliability'
  | 'openness'
  | 'safety'
  | 'reassured'
  | 'perceivedTrust'
  | 'effort'
  | 'talkedOpenly'
  | 'noteText'
  | 'noteVisibility'
  | 'therapistVisible'
>;

// The check-in write and the progress screen run these on every request: they
// are built once (decision 054).
const checkInForDay = prepared(['spaceId', 'memberId', 'day'], (db, p) =>
  db
    .selectFrom('checkIns')
    .selectAll()
    .where('spaceId', '=', p.spaceId)
    .where('memberId', '=', p.memberId)
    .where('day', '=', p.day),
);

export function findCheckInForDay(db: Kysely<DB>, spaceId: string, memberId: string, day: string) {
  return checkInForDay.first(db, { spaceId, memberId, day });
}

export function findCheckIn(db: Kysely<DB>, spaceId: string, checkInId: string) {
  return db
    .selectFrom('checkIns')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', checkInId)
    .executeTakeFirst();
}

const COLUMNS = [
  'id',
  'spaceId',
  'memberId',
  'day',
  'trust',
  'honesty',
  'reliability',
  'openness',
  'safety',
  'reassured',
  'perceivedTrust',
  'effort',
  'talkedOpenly',
  'noteText',
  'noteVisibility',
  'therapistVisible',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof CheckInsTable)[];

const insertIfAbsent = prepared(COLUMNS, (db, p) =>
  db
    .insertInto('checkIns')
    .values(p)
    .onConflict((oc) => oc.columns(['spaceId', 'memberId', 'day']).doNothing())
    .returningAll(),
);

/**
 * Inserts the member's check-in for its day unless one is there already;
 * the row when this insert made it (RETURNING, so it is not read again). On
 * PostgreSQL a concurrent insert of the same day makes this one wait for it,
 * then do nothing, so no write fails.
 */
export function insertCheckInIfAbsent(
  db: Kysely<DB>,
  row: CheckInRow,
): Promise<CheckInRow | undefined> {
  return insertIfAbsent.first(db, row);
}

type UpdateQuery = ReturnType<typeof buildUpdate>;

function buildUpdate(fields: readonly (keyof CheckInFields)[]) {
  return prepared([...fields, 'spaceId', 'checkInId', 'updatedAt'], (db, p) =>
    db
      .updateTable('checkIns')
      .set({
        ...Object.fromEntries(fields.map((field) => [field, p[field]])),
        updatedAt: p.updatedAt,
      })
      .where('spaceId', '=', p.spaceId)
      .where('id', '=', p.checkInId)
      .returningAll(),
  );
}

/** One prepared update per set of fields a request changes (an app sends the same few). */
const updates = new Map<string, UpdateQuery>();

export async function updateCheckIn(
  db: Kysely<DB>,
  spaceId: string,
  checkInId: string,
  fields: Partial<CheckInFields>,
  updatedAt: string,
): Promise<CheckInRow | undefined> {
  const names = (Object.keys(fields) as (keyof CheckInFields)[])
    .filter((name) => fields[name] !== undefined)
    .sort();
  const key = names.join(',');
  let update = updates.get(key);
  if (!update) {
    update = buildUpdate(names);
    updates.set(key, update);
  }
  const params = { ...fields, spaceId, checkInId, updatedAt } as Record<string, Param>;
  return update.first(db, params);
}
