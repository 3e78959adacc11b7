/**
 * The access rule, in one place. Every service method that touches a space
 * starts with `requireAccess(db, actor, action)`: it finds the actor's current
 * membership and checks that their role may take the action. No membership, or
 * a role without the right, is "not found" — existence never leaks.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import type { Actor } from './actor.js';

export type Role = 'partner';

/** What may be done in a space, and by whom. Later roles (therapist) join this table. */
const POLICY = {
  'space.read': ['partner'],
  'space.invite': ['partner'],
  'space.leave': ['partner'],
  'checkIn.read': ['partner'],
  'checkIn.write': ['partner'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export interface SpaceAccess {
  spaceId: string;
  memberId: string;
  role: Role;
  /** The other partner, while there is one. */
  partnerId: string | null;
}

export async function findMembership(
  db: Kysely<DB>,
  memberId: string,
): Promise<SpaceAccess | null> {
  const rows = await db
    .selectFrom('spaceMembers as mine')
    .leftJoin('spaceMembers as other', (join) =>
      join
        .onRef('other.spaceId', '=', 'mine.spaceId')
        .onRef('other.memberId', '!=', 'mine.memberId')
        .on('other.leftAt', 'is', null),
    )
    .select(['mine.spaceId', 'other.memberId as partnerId'])
    .where('mine.memberId', '=', memberId)
    .where('mine.leftAt', 'is', null)
    .execute();
  const row = rows[0];
  if (!row) return null;
  return { spaceId: row.spaceId, memberId, role: 'partner', partnerId: row.partnerId ?? null };
}

export async function requireAccess(
  db: Kysely<DB>,
  actor: Actor,
  action: Action,
): Promise<SpaceAccess> {
  const access = await findMembership(db, actor.memberId);
  if (!access) throw notFound();
  const allowed: readonly Role[] = POLICY[action];
  if (!allowed.includes(access.role)) throw notFound();
  return access;
}
