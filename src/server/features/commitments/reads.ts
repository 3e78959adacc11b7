/**
 * What other features read of commitments: the path's step 5 needs, for each
 * commitment of the space, how long it was held and its strength today, and
 * the timeline lists their changes. Reads only; the writes stay in the service.
 */
import type { Kysely } from 'kysely';
import { dayIn } from '../../../domain/calendar.js';
import { daysHeld, duePerWeek } from '../../../domain/commitments/schedule.js';
import { currentStrength } from '../../../domain/commitments/strength.js';
import type { DB } from '../../platform/db/schema.js';
import { timeZoneOf } from '../repair-shared/repair-kit.js';
import { inSpace } from '../../platform/db/in-space.js';
import { listCommitmentRows, rowsOf } from './queries.js';
import { changesOf, scheduleOf } from './view.js';

export async function commitmentStandings(db: Kysely<DB>, spaceId: string, now: Date) {
  const all = await rowsOf(db, spaceId, await listCommitmentRows(db, spaceId));
  const zones = new Map<string, string>();
  const standings = [];
  for (const rows of all) {
    const owner = rows.commitment.authorId;
    if (!zones.has(owner)) zones.set(owner, await timeZoneOf(db, owner));
    const today = dayIn(now, zones.get(owner)!);
    standings.push({
      ownerId: owner,
      daysHeld: daysHeld(changesOf(rows), today),
      strength: currentStrength(rows.marks, duePerWeek(scheduleOf(rows.commitment))),
    });
  }
  return standings;
}

/** Every change of state of the space's commitments, with its commitment's owner, for the timeline. */
export function listCommitmentChanges(db: Kysely<DB>, spaceId: string) {
  return inSpace(db, 'commitmentChanges', { spaceId })
    .selectAll()
    .orderBy('createdAt', 'desc')
    .execute();
}
