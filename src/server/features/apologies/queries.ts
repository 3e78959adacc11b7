/**
 * Impact statement, apology and apology-rating rows. Every query takes the
 * space id; every read of entries goes through the visibility rule.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type {
  ApologiesTable,
  ApologyRatingsTable,
  DB,
  ImpactStatementsTable,
} from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';
import { findThreadEntry, listThreadEntries } from '../repair-shared/thread-entries.js';

export type ImpactStatementRow = Selectable<ImpactStatementsTable>;
export type ApologyRow = Selectable<ApologiesTable>;
export type ApologyRatingRow = Selectable<ApologyRatingsTable>;

export function listImpactStatements(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  breachId?: string,
) {
  return listThreadEntries(db, 'impactStatements', spaceId, reader, breachId, [
    'createdAt',
    'version',
  ]);
}

export function findImpactStatement(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  id: string,
  reader: Reader,
) {
  return findThreadEntry(db, 'impactStatements', kind, spaceId, id, reader);
}

export async function insertImpactStatement(
  db: Kysely<DB>,
  row: ImpactStatementRow,
): Promise<void> {
  await db.insertInto('impactStatements').values(row).execute();
}

export async function updateImpactStatementText(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('impactStatements')
    .set({ text, updatedAt })
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

/** Whether any apology answers this statement: an answered statement is locked. */
export async function isImpactStatementAnswered(
  db: Kysely<DB>,
  spaceId: string,
  impactStatementId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('apologies')
    .select('id')
    .where('spaceId', '=', spaceId)
    .where('impactStatementId', '=', impactStatementId)
    .executeTakeFirst();
  return row !== undefined;
}

export function listApologies(db: Kysely<DB>, spaceId: string, reader: Reader, breachId?: string) {
  return listThreadEntries(db, 'apologies', spaceId, reader, breachId, ['createdAt', 'version']);
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

export async function insertApology(db: Kysely<DB>, row: ApologyRow): Promise<void> {
  await db.insertInto('apologies').values(row).execute();
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
  await db
    .updateTable('apologies')
    .set(fields)
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

export function listApologyRatings(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  breachId?: string,
) {
  let query = db
    .selectFrom('apologyRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('apologyId', 'is not', null)
    .where(visibleTo(reader));
  if (breachId) query = query.where('breachId', '=', breachId);
  return query.orderBy('createdAt', 'asc').execute();
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
