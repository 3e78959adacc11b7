/**
 * Holding a row while a transaction checks a rule and writes: a space for the
 * number of open therapist grants, the one working invite link, a free seat
 * or the state of a grant; a member for the number of their passkeys. On
 * PostgreSQL the row is locked FOR UPDATE until the transaction ends, so a
 * second writer waits and then sees what the first wrote
 * (docs/decisions/006-natural-keys-and-limits-under-concurrency.md). On SQLite
 * there is nothing to do: the app has one connection, and a Kysely transaction
 * holds it from BEGIN to COMMIT, so transactions already run one at a time.
 */
import type { Kysely } from 'kysely';
import { databaseKind } from './dialect.js';
import type { DB } from './schema.js';

export async function holdSpace(trx: Kysely<DB>, spaceId: string): Promise<void> {
  if (databaseKind(trx) !== 'postgres') return;
  await trx.selectFrom('spaces').select('id').where('id', '=', spaceId).forUpdate().execute();
}

export async function holdMember(trx: Kysely<DB>, memberId: string): Promise<void> {
  if (databaseKind(trx) !== 'postgres') return;
  await trx.selectFrom('members').select('id').where('id', '=', memberId).forUpdate().execute();
}
