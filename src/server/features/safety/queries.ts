/** Safety checks belong to one member; nothing here is shared or space-scoped. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export function latestSafetyCheck(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('safetyChecks')
    .select(['id', 'answers', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function allSafetyChecks(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('safetyChecks')
    .select(['id', 'answers', 'createdAt'])
    .where('memberId', '=', memberId)
    .orderBy('createdAt')
    .execute();
}

export async function insertSafetyCheck(
  db: Kysely<DB>,
  row: { id: string; memberId: string; answers: string; createdAt: string },
): Promise<void> {
  await db.insertInto('safetyChecks').values(row).execute();
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
