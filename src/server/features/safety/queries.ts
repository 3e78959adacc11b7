/**
 * Safety checks belong to one member; nothing here is shared or space-scoped.
 * A member has at most one (a unique index on member_id): answering again
 * replaces it.
 */
import type { Kysely } from 'kysely';
import { databaseKind } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';

export function findSafetyCheck(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('safetyChecks')
    .select(['id', 'answers', 'createdAt'])
    .where('memberId', '=', memberId)
    .executeTakeFirst();
}

/** The same record, locked for the rest of the transaction on PostgreSQL. */
export function safetyCheckForUpdate(db: Kysely<DB>, memberId: string) {
  const query = db
    .selectFrom('safetyChecks')
    .select(['id', 'answers', 'createdAt'])
    .where('memberId', '=', memberId);
  return (databaseKind(db) === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/**
 * Writes the member's safety check: a real upsert on member_id. The whole
 * record is replaced, its id too, because the answers are encrypted bound to
 * the id they were written with.
 */
export async function upsertSafetyCheck(
  db: Kysely<DB>,
  row: { id: string; memberId: string; answers: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('safetyChecks')
    .values(row)
    .onConflict((oc) =>
      oc.column('memberId').doUpdateSet((eb) => ({
        id: eb.ref('excluded.id'),
        answers: eb.ref('excluded.answers'),
        createdAt: eb.ref('excluded.createdAt'),
      })),
    )
    .execute();
}

export async function replaceSafetyAnswers(
  db: Kysely<DB>,
  memberId: string,
  checkId: string,
  answers: string,
): Promise<void> {
  await db
    .updateTable('safetyChecks')
    .set({ answers })
    .where('id', '=', checkId)
    .where('memberId', '=', memberId)
    .execute();
}
