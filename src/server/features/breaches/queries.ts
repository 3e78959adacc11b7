/**
 * Breach, severity and acknowledgment rows: the writes, and the reads only
 * breaches needs (what other features read is in `reads.ts`). Every query
 * takes the space id; every read of entries goes through the visibility rule.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type {
  AcknowledgmentResponsesTable,
  AcknowledgmentsTable,
  BreachSeverityRatingsTable,
  DB,
} from '../../platform/db/schema.js';
import { findThreadEntry } from '../repair-shared/thread-entries.js';
import type { BreachRow } from './reads.js';

export type SeverityRow = Selectable<BreachSeverityRatingsTable>;
export type AcknowledgmentRow = Selectable<AcknowledgmentsTable>;
export type AcknowledgmentResponseRow = Selectable<AcknowledgmentResponsesTable>;

export async function insertBreach(db: Kysely<DB>, row: BreachRow): Promise<void> {
  await db.insertInto('breaches').values(row).execute();
}

export async function updateBreach(
  db: Kysely<DB>,
  spaceId: string,
  breachId: string,
  fields: Partial<
    Pick<
      BreachRow,
      | 'title'
      | 'category'
      | 'description'
      | 'day'
      | 'cameToLight'
      | 'therapistVisible'
      | 'updatedAt'
    >
  >,
): Promise<void> {
  await updateInSpace(db, 'breaches', { spaceId }, breachId, fields);
}

export function findOwnSeverity(
  db: Kysely<DB>,
  spaceId: string,
  breachId: string,
  authorId: string,
) {
  return db
    .selectFrom('breachSeverityRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('breachId', '=', breachId)
    .where('authorId', '=', authorId)
    .executeTakeFirst();
}

/**
 * Writes a partner's severity rating of a breach: a real upsert on
 * (breach, author), so identical writes at once leave one row and all succeed.
 */
export async function upsertSeverity(db: Kysely<DB>, row: SeverityRow): Promise<void> {
  await db
    .insertInto('breachSeverityRatings')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['breachId', 'authorId'])
        .doUpdateSet((eb) => ({
          severity: eb.ref('excluded.severity'),
          visibility: eb.ref('excluded.visibility'),
          updatedAt: eb.ref('excluded.updatedAt'),
        }))
        .where('breachSeverityRatings.spaceId', '=', row.spaceId),
    )
    .execute();
}

// Acknowledgments.

export function findAcknowledgment(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  acknowledgmentId: string,
  reader: Reader,
) {
  return findThreadEntry(db, 'acknowledgments', kind, spaceId, acknowledgmentId, reader);
}

export async function updateAcknowledgmentText(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await updateInSpace(db, 'acknowledgments', { spaceId }, id, { text, updatedAt });
}

export async function breachesWithAcknowledgments(
  db: Kysely<DB>,
  spaceId: string,
): Promise<Set<string>> {
  const rows = await inSpace(db, 'acknowledgments', { spaceId })
    .select('breachId')
    .distinct()
    .where('breachId', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.breachId!));
}

export function findResponseTo(db: Kysely<DB>, spaceId: string, acknowledgmentId: string) {
  return inSpace(db, 'acknowledgmentResponses', { spaceId })
    .selectAll()
    .where('acknowledgmentId', '=', acknowledgmentId)
    .executeTakeFirst();
}

export async function insertResponse(
  db: Kysely<DB>,
  row: AcknowledgmentResponseRow,
): Promise<void> {
  await db.insertInto('acknowledgmentResponses').values(row).execute();
}
