/**
 * Impact statement, apology and apology-rating rows: the writes, and the
 * reads only apologies needs (what other features read is in `reads.ts`).
 * Every query takes the space id; every read of entries goes through the
 * visibility rule.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import { findThreadEntry } from '../repair-shared/thread-entries.js';
import type { ApologyRatingRow, ApologyRow } from './reads.js';

export function findImpactStatement(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  id: string,
  reader: Reader,
) {
  return findThreadEntry(db, 'impactStatements', kind, spaceId, id, reader);
}

export async function updateImpactStatementText(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await updateInSpace(db, 'impactStatements', { spaceId }, id, { text, updatedAt });
}

/** Whether any apology answers this statement: an answered statement is locked. */
export async function isImpactStatementAnswered(
  db: Kysely<DB>,
  spaceId: string,
  impactStatementId: string,
): Promise<boolean> {
  const row = await inSpace(db, 'apologies', { spaceId })
    .select('id')
    .where('impactStatementId', '=', impactStatementId)
    .executeTakeFirst();
  return row !== undefined;
}

export function findApology(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  id: string,
  reader: Reader,
) {
  return findThreadEntry(db, 'apologies', kind, spaceId, id, reader);
}

export async function updateApologyParts(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Pick<
    ApologyRow,
    'whatHappened' | 'impact' | 'responsibility' | 'whatWillChange' | 'updatedAt'
  >,
): Promise<void> {
  await updateInSpace(db, 'apologies', { spaceId }, id, fields);
}

/** Any rating of this apology, whoever may read it: a rated apology is locked. */
export function findRatingOf(db: Kysely<DB>, spaceId: string, apologyId: string) {
  return db
    .selectFrom('apologyRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('apologyId', '=', apologyId)
    .executeTakeFirst();
}

export async function insertApologyRating(db: Kysely<DB>, row: ApologyRatingRow): Promise<void> {
  await db.insertInto('apologyRatings').values(row).execute();
}
