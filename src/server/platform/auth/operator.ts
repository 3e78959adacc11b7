/**
 * The operator role (docs/decisions/048): an account that moderates the
 * guide's comments and has no way into any space. Features that let someone
 * into a space (create, join, accept a therapist invitation) refuse an
 * operator with "not found"; moderation refuses everyone else the same way.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import type { Actor } from './actor.js';

export async function isOperator(db: Kysely<DB>, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('role')
    .where('id', '=', memberId)
    .executeTakeFirst();
  return row?.role === 'operator';
}

/** For moderation: anyone but an operator is answered as if the route did not exist. */
export async function requireOperator(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (!(await isOperator(db, actor.memberId))) throw notFound();
}

/** For the ways into a space: an operator is answered as if there were nothing there. */
export async function refuseOperator(db: Kysely<DB>, actor: Actor): Promise<void> {
  if (await isOperator(db, actor.memberId)) throw notFound();
}
