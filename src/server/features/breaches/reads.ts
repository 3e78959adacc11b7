/**
 * The breach rows other features read: the repair entries that hang on a
 * breach look it up here, and the path lists the whole thread. Only reads, all
 * through the visibility rule; the writes, and the reads only breaches needs,
 * stay in `queries.ts`.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import { prepared } from '../../platform/db/prepared.js';
import type { BreachesTable, DB } from '../../platform/db/schema.js';
import { listThreadEntries } from '../repair-shared/thread-entries.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

export type BreachRow = Selectable<BreachesTable>;

export function findBreach(db: Kysely<DB>, spaceId: string, breachId: string, reader: Reader) {
  return findVisible(db, 'breaches', { spaceId, reader }, breachId);
}

/** The same row, locked for the rest of the transaction on PostgreSQL. */
export function findBreachForUpdate(
  db: Kysely<DB>,
  kind: DatabaseKind,
  spaceId: string,
  breachId: string,
  reader: Reader,
) {
  return findVisible(db, 'breaches', { spaceId, reader }, breachId, kind);
}

export function listBreaches(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'breaches', { spaceId, reader })
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Severity ratings the reader may see: their own, and the partner's shared ones. */
export function listSeverities(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'breachSeverityRatings', { spaceId, reader })
    .where('breachId', 'is not', null)
    .execute();
}

export function listAcknowledgments(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  breachId?: string,
) {
  return listThreadEntries(db, 'acknowledgments', spaceId, reader, breachId, [
    'version',
    'createdAt',
  ]);
}

export function listResponses(db: Kysely<DB>, spaceId: string, reader: Reader, breachId?: string) {
  let query = visibleRows(db, 'acknowledgmentResponses', { spaceId, reader }).where(
    'acknowledgmentId',
    'is not',
    null,
  );
  if (breachId) query = query.where('breachId', '=', breachId);
  return query.orderBy('createdAt', 'asc').execute();
}

/**
 * Whether the reader broke trust in a breach of the space they may see (a
 * mutual breach names both partners): the check-in then asks them "How much
 * do you think your partner trusts you today?". Only breaches the reader may
 * see count, so a partner's private breach never shows through a question.
 */
// Asked with every check-in read and write: built once for a partner (decision 054).
const partnerBrokeTrust = prepared(['spaceId', 'memberId'], (db, p) =>
  visibleRows(db, 'breaches', {
    spaceId: p.spaceId,
    reader: { role: 'partner', memberId: p.memberId },
  })
    .clearSelect()
    .select('id')
    .where((eb) =>
      eb.or([
        eb('brokeTrustId', '=', p.memberId),
        eb.and([eb('mutual', '=', 1), eb('hurtId', '=', p.memberId)]),
      ]),
    )
    .limit(1),
);

export async function brokeTrustInSpace(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
): Promise<boolean> {
  // A therapist is never the one who broke trust.
  if (reader.role !== 'partner') return false;
  return (await partnerBrokeTrust.first(db, { spaceId, memberId: reader.memberId })) !== undefined;
}
