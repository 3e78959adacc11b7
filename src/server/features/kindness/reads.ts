/**
 * What other features read of notes and gestures: the path's step 6 ("notes
 * or gestures appreciated by the partner in the last days") and the timeline
 * ("note appreciated"). Only reads, scoped by space.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AppreciatedNote {
  id: string;
  kind: 'note' | 'gesture' | 'affirmation';
  sentBy: string;
  /** Null once the one who appreciated it has deleted their account. */
  appreciatedBy: string | null;
  appreciatedAt: string;
}

/**
 * The notes and gestures of the space the partner appreciated within the
 * last `days` days before `now`, oldest appreciation first. Only an
 * appreciation by someone other than the author counts (the service refuses
 * the other kind anyway).
 */
export async function appreciatedNotes(
  db: Kysely<DB>,
  spaceId: string,
  now: Date,
  days: number,
): Promise<AppreciatedNote[]> {
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  return appreciationsIn(db, spaceId, { since, until: now.toISOString() });
}

/** Every appreciation in the space, oldest first: the timeline's "note appreciated". */
export function allAppreciatedNotes(db: Kysely<DB>, spaceId: string): Promise<AppreciatedNote[]> {
  return appreciationsIn(db, spaceId, {});
}

async function appreciationsIn(
  db: Kysely<DB>,
  spaceId: string,
  window: { since?: string; until?: string },
): Promise<AppreciatedNote[]> {
  let query = db
    .selectFrom('notes')
    .select(['id', 'kind', 'authorId', 'appreciatedAt', 'appreciatedBy'])
    .where('spaceId', '=', spaceId)
    .where('appreciatedAt', 'is not', null);
  if (window.since) query = query.where('appreciatedAt', '>=', window.since);
  if (window.until) query = query.where('appreciatedAt', '<=', window.until);
  const rows = await query.orderBy('appreciatedAt').execute();
  return rows
    .filter((row) => row.appreciatedBy !== row.authorId)
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      sentBy: row.authorId,
      appreciatedBy: row.appreciatedBy,
      appreciatedAt: row.appreciatedAt!,
    }));
}

/** How many notes or gestures the partner appreciated in the window: step 6's count. */
export async function countAppreciatedNotes(
  db: Kysely<DB>,
  spaceId: string,
  now: Date,
  days: number,
): Promise<number> {
  return (await appreciatedNotes(db, spaceId, now, days)).length;
}
