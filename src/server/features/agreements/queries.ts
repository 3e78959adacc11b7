/** Agreement, version, answer and break rows; every query takes the space id. */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type {
  AgreementAnswersTable,
  AgreementBreaksTable,
  AgreementsTable,
  AgreementVersionsTable,
  DB,
} from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';

export type AgreementRow = Selectable<AgreementsTable>;
export type AgreementVersionRow = Selectable<AgreementVersionsTable>;
export type AgreementAnswerRow = Selectable<AgreementAnswersTable>;
export type AgreementBreakRow = Selectable<AgreementBreaksTable>;

export async function insertAgreement(db: Kysely<DB>, row: AgreementRow): Promise<void> {
  await db.insertInto('agreements').values(row).execute();
}

export function findAgreement(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  agreementId: string,
  reader: Reader,
) {
  const query = db
    .selectFrom('agreements')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', agreementId)
    .where(visibleTo(reader));
  return (kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export function listAgreements(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader))
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function listVersions(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  agreementId?: string,
) {
  let query = db
    .selectFrom('agreementVersions')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader));
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('version', 'asc').execute();
}

export function findVersion(db: Kysely<DB>, spaceId: string, versionId: string, reader: Reader) {
  return db
    .selectFrom('agreementVersions')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', versionId)
    .where(visibleTo(reader))
    .executeTakeFirst();
}

export async function latestAgreementVersion(
  db: Kysely<DB>,
  spaceId: string,
  agreementId: string,
): Promise<number> {
  const row = await db
    .selectFrom('agreementVersions')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('spaceId', '=', spaceId)
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
  await db
    .updateTable('agreementVersions')
    .set(fields)
    .where('spaceId', '=', spaceId)
    .where('id', '=', versionId)
    .execute();
}

export function listAnswers(db: Kysely<DB>, spaceId: string, reader: Reader, agreementId?: string) {
  let query = db
    .selectFrom('agreementAnswers')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('versionId', 'is not', null)
    .where(visibleTo(reader));
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('createdAt', 'asc').execute();
}

/** Every answer to a version, whoever may read it: an answered version is locked. */
export function answersTo(db: Kysely<DB>, spaceId: string, versionId: string) {
  return db
    .selectFrom('agreementAnswers')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('versionId', '=', versionId)
    .execute();
}

export async function insertAnswer(db: Kysely<DB>, row: AgreementAnswerRow): Promise<void> {
  await db.insertInto('agreementAnswers').values(row).execute();
}

export function listBreaks(db: Kysely<DB>, spaceId: string, reader: Reader, agreementId?: string) {
  let query = db
    .selectFrom('agreementBreaks')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader));
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('createdAt', 'asc').execute();
}

export async function insertBreak(db: Kysely<DB>, row: AgreementBreakRow): Promise<void> {
  await db.insertInto('agreementBreaks').values(row).execute();
}
