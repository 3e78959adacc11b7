/**
 * Breach, severity and acknowledgment rows. Every query takes the space id;
 * every read of entries goes through the visibility rule (`visibleTo`).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type {
  AcknowledgmentResponsesTable,
  AcknowledgmentsTable,
  BreachesTable,
  BreachSeverityRatingsTable,
  DB,
} from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';
import { findThreadEntry, listThreadEntries } from '../repair-shared/thread-entries.js';

export type BreachRow = Selectable<BreachesTable>;
export type SeverityRow = Selectable<BreachSeverityRatingsTable>;
export type AcknowledgmentRow = Selectable<AcknowledgmentsTable>;
export type AcknowledgmentResponseRow = Selectable<AcknowledgmentResponsesTable>;

export function findBreach(db: Kysely<DB>, spaceId: string, breachId: string, reader: Reader) {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', breachId)
    .where(visibleTo(reader))
    .executeTakeFirst();
}

/** The same row, locked for the rest of the transaction on PostgreSQL. */
export function findBreachForUpdate(
  db: Kysely<DB>,
  kind: DatabaseKind,
  spaceId: string,
  breachId: string,
  reader: Reader,
) {
  const query = db
    .selectFrom('breaches')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', breachId)
    .where(visibleTo(reader));
  return (kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export function listBreaches(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader))
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

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
  await db
    .updateTable('breaches')
    .set(fields)
    .where('spaceId', '=', spaceId)
    .where('id', '=', breachId)
    .execute();
}

/** Severity ratings the reader may see: their own, and the partner's shared ones. */
export function listSeverities(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return db
    .selectFrom('breachSeverityRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('breachId', 'is not', null)
    .where(visibleTo(reader))
    .execute();
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

export function findAcknowledgment(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  acknowledgmentId: string,
  reader: Reader,
) {
  return findThreadEntry(db, 'acknowledgments', kind, spaceId, acknowledgmentId, reader);
}

export async function insertAcknowledgment(db: Kysely<DB>, row: AcknowledgmentRow): Promise<void> {
  await db.insertInto('acknowledgments').values(row).execute();
}

export async function updateAcknowledgmentText(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('acknowledgments')
    .set({ text, updatedAt })
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

export async function breachesWithAcknowledgments(
  db: Kysely<DB>,
  spaceId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('acknowledgments')
    .select('breachId')
    .distinct()
    .where('spaceId', '=', spaceId)
    .where('breachId', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.breachId!));
}

export function listResponses(db: Kysely<DB>, spaceId: string, reader: Reader, breachId?: string) {
  let query = db
    .selectFrom('acknowledgmentResponses')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('acknowledgmentId', 'is not', null)
    .where(visibleTo(reader));
  if (breachId) query = query.where('breachId', '=', breachId);
  return query.orderBy('createdAt', 'asc').execute();
}

export function findResponseTo(db: Kysely<DB>, spaceId: string, acknowledgmentId: string) {
  return db
    .selectFrom('acknowledgmentResponses')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('acknowledgmentId', '=', acknowledgmentId)
    .executeTakeFirst();
}

export async function insertResponse(
  db: Kysely<DB>,
  row: AcknowledgmentResponseRow,
): Promise<void> {
  await db.insertInto('acknowledgmentResponses').values(row).execute();
}
