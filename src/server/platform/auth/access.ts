/**
 * The access rule, in one place. Every service method that touches a space
 * starts with `requireAccess(db, actor, action[, target])`: it finds the actor's
 * role in the space and checks that the role may take the action. No role, or
 * a role without the right, is "not found" — existence never leaks.
 *
 * Roles: a **partner** is a current member of the space (at most two); a
 * **therapist** holds a grant both partners consented to, that they accepted,
 * and that nobody revoked. Revocation shows on the very next request because
 * the grant is read on every request, never cached.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import { prepared } from '../db/prepared.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import type { Actor } from './actor.js';

export type Role = 'partner' | 'therapist';

/** What may be done in a space, and by whom. A therapist writes nothing but notes. */
const POLICY = {
  'space.read': ['partner'],
  'space.invite': ['partner'],
  'space.leave': ['partner'],
  'checkIn.read': ['partner'],
  'checkIn.write': ['partner'],
  'safety.gate': ['partner'],
  'therapist.manage': ['partner'],
  'therapistNote.read': ['partner', 'therapist'],
  'therapistNote.write': ['therapist'],
  'therapist.view': ['therapist'],
  'audit.read': ['partner'],
  // The repair phase: partners only. A therapist reads flagged entries through
  // their own view and never writes here.
  'breach.read': ['partner'],
  'breach.write': ['partner'],
  'apology.read': ['partner'],
  'apology.write': ['partner'],
  'conversation.read': ['partner'],
  'conversation.write': ['partner'],
  'prompt.read': ['partner'],
  'prompt.pick': ['partner'],
  'agreement.read': ['partner'],
  'agreement.write': ['partner'],
  'setback.read': ['partner'],
  'setback.write': ['partner'],
  'path.read': ['partner'],
  // Restore (step 5): commitments and their marks.
  'commitment.read': ['partner'],
  'commitment.write': ['partner'],
  // Needs and forgiveness (steps 8 and 10): partners only, like the repair phase.
  'need.read': ['partner'],
  'need.write': ['partner'],
  'forgiveness.read': ['partner'],
  'forgiveness.write': ['partner'],
  // Trust measures (issue 10): the monthly questionnaire.
  'trustQuestionnaire.read': ['partner'],
  'trustQuestionnaire.write': ['partner'],
  // Restore and regain: notes and gestures.
  'note.read': ['partner'],
  'note.write': ['partner'],
  // The forecast and the progress pictures: partners only (a therapist sees the
  // report the partners print for them).
  'forecast.read': ['partner'],
  'forecast.share': ['partner'],
  // The report a partner prints for their therapist (issue 10).
  'report.read': ['partner'],
  // Live updates (issue 11): the partner's activity, as kinds and ids.
  'events.read': ['partner'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export interface SpaceAccess {
  spaceId: string;
  memberId: string;
  role: Role;
  /** The other partner, while there is one (null for a therapist). */
  partnerId: string | null;
  /** The reader for the visibility rule (`platform/db/visibility.ts`). */
  reader: Reader;
}

// Nearly every request asks this: built once (decision 054).
const membership = prepared(['memberId'], (db, p) =>
  db
    .selectFrom('spaceMembers as mine')
    .leftJoin('spaceMembers as other', (join) =>
      join
        .onRef('other.spaceId', '=', 'mine.spaceId')
        .onRef('other.memberId', '!=', 'mine.memberId')
        .on('other.leftAt', 'is', null),
    )
    .select(['mine.spaceId', 'other.memberId as partnerId'])
    .where('mine.memberId', '=', p.memberId)
    .where('mine.leftAt', 'is', null),
);

export async function findMembership(
  db: Kysely<DB>,
  memberId: string,
): Promise<SpaceAccess | null> {
  const row = await membership.first(db, { memberId });
  return row ? partnerAccess(memberId, row.spaceId, row.partnerId ?? null) : null;
}

function partnerAccess(memberId: string, spaceId: string, partnerId: string | null): SpaceAccess {
  return { spaceId, memberId, role: 'partner', partnerId, reader: { role: 'partner', memberId } };
}

/**
 * The actor's membership at the start of this request: as read with their
 * session when it was (one statement fewer), else read now. A service that
 * has changed the membership during the request reads it again with
 * `findMembership`.
 */
export async function membershipAtStart(db: Kysely<DB>, actor: Actor): Promise<SpaceAccess | null> {
  if (actor.membership === undefined) return findMembership(db, actor.memberId);
  const { membership } = actor;
  return membership && partnerAccess(actor.memberId, membership.spaceId, membership.partnerId);
}

/** A therapist's live grant to one space: consented, accepted, not revoked. */
async function findTherapistGrant(
  db: Kysely<DB>,
  memberId: string,
  spaceId: string,
): Promise<SpaceAccess | null> {
  const row = await db
    .selectFrom('therapistGrants')
    .select('spaceId')
    .where('spaceId', '=', spaceId)
    .where('therapistId', '=', memberId)
    .where('consentedAt', 'is not', null)
    .where('acceptedAt', 'is not', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    spaceId: row.spaceId,
    memberId,
    role: 'therapist',
    partnerId: null,
    reader: { role: 'therapist', memberId },
  };
}

/**
 * Partner routes act on the actor's own space (no target). Routes that name a
 * space (`/therapist/spaces/:spaceId/...`) pass it as the target; a partner of
 * that space and a therapist with a live grant both resolve.
 */
export async function requireAccess(
  db: Kysely<DB>,
  actor: Actor,
  action: Action,
  target?: { spaceId: string },
): Promise<SpaceAccess> {
  let access = await membershipAtStart(db, actor);
  if (target && access?.spaceId !== target.spaceId) {
    access = await findTherapistGrant(db, actor.memberId, target.spaceId);
  }
  if (!access) throw notFound();
  const allowed: readonly Role[] = POLICY[action];
  if (!allowed.includes(access.role)) throw notFound();
  return access;
}
