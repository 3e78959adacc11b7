/**
 * The impact statements, apologies and ratings other features read: a
 * breach's own page (who has written a statement) and the path. Only reads,
 * all through the visibility rule; the writes stay in `queries.ts`.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type {
  ApologiesTable,
  ApologyRatingsTable,
  DB,
  ImpactStatementsTable,
} from '../../platform/db/schema.js';
import { listThreadEntries } from '../repair-shared/thread-entries.js';
import { visibleRows } from '../repair-shared/visible-rows.js';

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

export function listApologies(db: Kysely<DB>, spaceId: string, reader: Reader, breachId?: string) {
  return listThreadEntries(db, 'apologies', spaceId, reader, breachId, ['createdAt', 'version']);
}

export function listApologyRatings(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  breachId?: string,
) {
  let query = visibleRows(db, 'apologyRatings', { spaceId, reader }).where(
    'apologyId',
    'is not',
    null,
  );
  if (breachId) query = query.where('breachId', '=', breachId);
  return query.orderBy('createdAt', 'asc').execute();
}
