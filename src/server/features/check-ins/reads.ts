/**
 * The check-in rows other features read: the path counts the days both
 * partners checked in. Every member's rows in the space, unfiltered: the
 * reader applies the reveal rule (`domain/reveal.ts`) before showing any.
 */
import type { Kysely } from 'kysely';
import { inSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';

export function listCheckInsBetween(db: Kysely<DB>, spaceId: string, from: string, to: string) {
  return inSpace(db, 'checkIns', { spaceId })
    .selectAll()
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day', 'desc')
    .orderBy('id', 'asc')
    .execute();
}
