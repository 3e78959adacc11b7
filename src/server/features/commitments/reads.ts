/**
 * What other features read of commitments: the path's step 5 needs, for each
 * commitment of the space, how long it was held and its strength today, and
 * the timeline lists their changes. Reads only; the writes stay in the service.
 */
import type { Kysely } from 'kysely';
import { dayIn } from '../../../domain/calendar.js';
import type { DB } from '../../platform/db/schema.js';
import { inSpace } from '../../platform/db/in-space.js';
import { listCommitmentRows, rowsOf } from './queries.js';
import { isDueToday, ownerZones, standingOf } from './view.js';

export async function commitmentStandings(db: Kysely<DB>, spaceId: string, now: Date) {
  const all = await rowsOf(db, spaceId, await listCommitmentRows(db, spaceId));
  const zones = await ownerZones(
    db,
    all.map((rows) => rows.commitment),
  );
  return all.map((rows) => {
    const owner = rows.commitment.authorId;
    return { ownerId: owner, ...standingOf(rows, dayIn(now, zones.get(owner) ?? 'UTC')) };
  });
}

/** Every change of state of the space's commitments, with its commitment's owner, for the timeline. */
export function listCommitmentChanges(db: Kysely<DB>, spaceId: string) {
  return inSpace(db, 'commitmentChanges', { spaceId })
    .selectAll()
    .orderBy('createdAt', 'desc')
    .execute();
}

/**
 * Whether a member has a commitment due on their local `day` and not yet
 * marked for it: what a commitments reminder is for (features/reminders).
 */
export async function hasUnmarkedDueCommitment(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  day: string,
): Promise<boolean> {
  const own = (await listCommitmentRows(db, spaceId)).filter(
    (row) => row.authorId === memberId && row.status === 'active',
  );
  const all = await rowsOf(db, spaceId, own);
  return all.some((rows) => isDueToday(rows, day) && !rows.marks.some((mark) => mark.day === day));
}
