/**
 * Need, version and acknowledgment rows: the writes. Every query names the
 * space. Versions and acknowledgments are never changed or deleted.
 */
import type { Kysely } from 'kysely';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import type { NeedAcknowledgmentRow, NeedRow, NeedVersionRow } from './reads.js';

export async function insertNeed(db: Kysely<DB>, row: NeedRow): Promise<void> {
  await db.insertInto('needs').values(row).execute();
}

export async function insertNeedVersion(db: Kysely<DB>, row: NeedVersionRow): Promise<void> {
  await db.insertInto('needVersions').values(row).execute();
}

export async function latestVersionNumber(
  db: Kysely<DB>,
  spaceId: string,
  needId: string,
): Promise<number> {
  const row = await inSpace(db, 'needVersions', { spaceId })
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('needId', '=', needId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

/** A real upsert on (version, author): a retried tap writes once. */
export async function insertAcknowledgment(
  db: Kysely<DB>,
  row: NeedAcknowledgmentRow,
): Promise<void> {
  await db
    .insertInto('needAcknowledgments')
    .values(row)
    .onConflict((oc) => oc.columns(['versionId', 'authorId']).doNothing())
    .execute();
}

export async function updateNeed(
  db: Kysely<DB>,
  spaceId: string,
  needId: string,
  fields: Partial<Pick<NeedRow, 'retiredAt' | 'therapistVisible' | 'updatedAt'>>,
): Promise<void> {
  await updateInSpace(db, 'needs', { spaceId }, needId, fields);
}
