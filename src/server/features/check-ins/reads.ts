/**
 * The check-in rows other features read: the path counts the days both
 * partners checked in. Every member's rows in the space, unfiltered: the
 * reader applies the reveal rule (`domain/reveal.ts`) before showing any.
 */
import type { Kysely } from 'kysely';
import { inSpace } from '../../platform/db/in-space.js';
import { prepared } from '../../platform/db/prepared.js';
import type { DB } from '../../platform/db/schema.js';

// The progress screen's read: built once (decision 054).
const between = prepared(['spaceId', 'from', 'to'], (db, p) =>
  inSpace(db, 'checkIns', { spaceId: p.spaceId })
    .selectAll()
    .where('day', '>=', p.from)
    .where('day', '<=', p.to)
    .orderBy('day', 'desc')
    .orderBy('id', 'asc'),
);

export function listCheckInsBetween(db: Kysely<DB>, spaceId: string, from: string, to: string) {
  return between.all(db, { spaceId, from, to });
}
