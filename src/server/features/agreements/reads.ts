/**
 * The agreement rows other features read: a setback names the agreement it
 * broke, and the path lists them all. Only reads, all through the visibility
 * rule; the writes stay in `queries.ts`.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

/** With a database kind, locked for the rest of the transaction on PostgreSQL. */
export function findAgreement(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  agreementId: string,
  reader: Reader,
) {
  return findVisible(db, 'agreements', { spaceId, reader }, agreementId, kind);
}

export function listAgreements(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'agreements', { spaceId, reader })
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
  let query = visibleRows(db, 'agreementVersions', { spaceId, reader });
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('version', 'asc').execute();
}

export function listAnswers(db: Kysely<DB>, spaceId: string, reader: Reader, agreementId?: string) {
  let query = visibleRows(db, 'agreementAnswers', { spaceId, reader }).where(
    'versionId',
    'is not',
    null,
  );
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('createdAt', 'asc').execute();
}

export function listBreaks(db: Kysely<DB>, spaceId: string, reader: Reader, agreementId?: string) {
  let query = visibleRows(db, 'agreementBreaks', { spaceId, reader });
  if (agreementId) query = query.where('agreementId', '=', agreementId);
  return query.orderBy('createdAt', 'asc').execute();
}
