/**
 * Agreement, version, answer and break rows: the writes, and the reads only
 * agreements needs (what other features read is in `reads.ts`). Every query
 * takes the space id.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type {
  AgreementAnswersTable,
  AgreementBreaksTable,
  AgreementsTable,
  AgreementVersionsTable,
  DB,
} from '../../platform/db/schema.js';
import { findVisible } from '../repair-shared/visible-rows.js';

export type AgreementRow = Selectable<AgreementsTable>;
export type AgreementVersionRow = Selectable<AgreementVersionsTable>;
export type AgreementAnswerRow = Selectable<AgreementAnswersTable>;
export type AgreementBreakRow = Selectable<AgreementBreaksTable>;

export async function insertAgreement(db: Kysely<DB>, row: AgreementRow): Promise<void> {
  await db.insertInto('agreements').values(row).execute();
}

export function findVersion(db: Kysely<DB>, spaceId: string, versionId: string, reader: Reader) {
  return findVisible(db, 'agreementVersions', { spaceId, reader }, versionId);
}

export async function latestAgreementVersion(
  db: Kysely<DB>,
  spaceId: string,
  agreementId: string,
): Promise<number> {
  const row = await inSpace(db, 'agreementVersions', { spaceId })
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('agreementId', '=', agreementId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

export async function insertVersion(db: Kysely<DB>, row: AgreementVersionRow): Promise<void> {
  await db.insertInto('agreementVersions').values(row).execute();
}

export async function updateVersion(
  db: Kysely<DB>,
  spaceId: string,
  versionId: string,
  fields: Partial<Pick<AgreementVersionRow, 'text' | 'reviewOn' | 'updatedAt'>>,
): Promise<void> {
  await updateInSpace(db, 'agreementVersions', { spaceId }, versionId, fields);
}

/** Every answer to a version, whoever may read it: an answered version is locked. */
export function answersTo(db: Kysely<DB>, spaceId: string, versionId: string) {
  return inSpace(db, 'agreementAnswers', { spaceId })
    .selectAll()
    .where('versionId', '=', versionId)
    .execute();
}

export async function insertAnswer(db: Kysely<DB>, row: AgreementAnswerRow): Promise<void> {
  await db.insertInto('agreementAnswers').values(row).execute();
}

export async function insertBreak(db: Kysely<DB>, row: AgreementBreakRow): Promise<void> {
  await db.insertInto('agreementBreaks').values(row).execute();
}
