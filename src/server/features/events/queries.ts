/** The event stream's reads: catch-up from `space_events`, and whether the session still holds. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface MissedEvent {
  id: string;
  kind: DB['spaceEvents']['kind'];
  itemId: string;
}

/** At most this many missed events are replayed; an app away longer refetches anyway. */
export const CATCH_UP_LIMIT = 200;

/**
 * One member's events in one space after `afterId`, oldest first, within the
 * retention, except the one the browser says it has.
 */
export function listEventsAfter(
  db: Kysely<DB>,
  spaceId: string,
  recipientId: string,
  range: { afterId: string; except: string; since: string },
): Promise<MissedEvent[]> {
  return db
    .selectFrom('spaceEvents')
    .select(['id', 'kind', 'itemId'])
    .where('spaceId', '=', spaceId)
    .where('recipientId', '=', recipientId)
    .where('id', '>', range.afterId)
    .where('id', '!=', range.except)
    .where('createdAt', '>=', range.since)
    .orderBy('id')
    .limit(CATCH_UP_LIMIT)
    .execute();
}

/** The session the stream was opened on is still there, neither past its lifetime nor idle. */
export async function isSessionLive(
  db: Kysely<DB>,
  sessionId: string,
  now: Date,
  idleMs: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('expiresAt', '>', now.toISOString())
    .where('lastSeenAt', '>', new Date(now.getTime() - idleMs).toISOString())
    .executeTakeFirst();
  return row !== undefined;
}
