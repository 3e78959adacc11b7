/**
 * How a service tells the partner that something happened, after its write
 * has committed: one row in `space_events` (so a browser that reconnects, on
 * any node, catches up with Last-Event-ID), then the bus (so an open stream
 * hears it at once). Addressed to the actor's partner only — never to the
 * actor, never to a therapist — and only for what the partner may read: a
 * service announces nothing for a private entry.
 *
 * A failure here never fails the write the member just made: the partner's
 * screen still shows the item on its next fetch, so it is logged (kind only)
 * and dropped. A hot write may instead write the row inside its own
 * transaction (`recordAnnouncement`) and tell the bus after it commits
 * (`publishAnnouncement`): one commit instead of two (decision 054).
 */
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { SpaceEventKind } from '../../../contract/events.js';
import type { Clock } from '../clock.js';
import { prepared } from '../db/prepared.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import type { BusEvent, EventBus } from './event-bus.js';

/** How long a missed event can still be caught up on. */
export const EVENT_RETENTION_MS = 24 * 3_600_000;

/** Pruning runs at most this often per node, on the back of a write. */
const PRUNE_EVERY_MS = 60_000;

export interface Announcement {
  kind: SpaceEventKind;
  /** The item it is about. */
  id: string;
}

interface AnnounceDeps {
  db: Kysely<DB>;
  bus: EventBus;
  clock: Clock;
  log: FastifyBaseLogger;
}

/** Who may hear of it: the partner of the member who acted, while there is one. */
interface Audience {
  spaceId: string;
  partnerId: string | null;
}

const lastPruned = new WeakMap<Kysely<DB>, number>();

/**
 * Drops events past the retention in every space at once — the one query on
 * this table not scoped by space (hence the name): it reads only `created_at`.
 */
async function unsafePruneAllSpaces(db: Kysely<DB>, now: Date): Promise<void> {
  const last = lastPruned.get(db) ?? 0;
  if (now.getTime() - last < PRUNE_EVERY_MS && now.getTime() >= last) return;
  lastPruned.set(db, now.getTime());
  await db
    .deleteFrom('spaceEvents')
    .where('createdAt', '<', new Date(now.getTime() - EVENT_RETENTION_MS).toISOString())
    .execute();
}

const insertEvent = prepared(
  ['id', 'spaceId', 'kind', 'itemId', 'recipientId', 'createdAt'],
  (db, p) => db.insertInto('spaceEvents').values(p),
);

/**
 * Writes the event row on `db` — a write's own transaction, so the row
 * commits with the write or not at all, and the write stays one commit
 * (decision 054). Answers what to publish once that transaction has
 * committed (`publishAnnouncement`), or null when there is nobody to tell.
 */
export async function recordAnnouncement(
  db: Kysely<DB>,
  clock: Clock,
  audience: Audience,
  announcement: Announcement,
): Promise<BusEvent | null> {
  const recipientId = audience.partnerId;
  if (!recipientId) return null;
  const now = clock.now();
  const event: BusEvent = {
    id: newId(now.getTime()),
    kind: announcement.kind,
    itemId: announcement.id,
    recipientId,
  };
  await insertEvent.run(db, { ...event, spaceId: audience.spaceId, createdAt: now.toISOString() });
  return event;
}

/** After the commit: tells open streams at once. Never fails the write it follows. */
export async function publishAnnouncement(
  deps: AnnounceDeps,
  spaceId: string,
  event: BusEvent | null,
): Promise<void> {
  if (!event) return;
  try {
    await deps.bus.publish(spaceId, event);
    await unsafePruneAllSpaces(deps.db, deps.clock.now());
  } catch (error) {
    deps.log.warn({ err: error, kind: event.kind }, 'live update not announced');
  }
}

export async function announceToPartner(
  deps: AnnounceDeps,
  audience: Audience,
  announcement: Announcement,
): Promise<void> {
  let event: BusEvent | null;
  try {
    event = await recordAnnouncement(deps.db, deps.clock, audience, announcement);
  } catch (error) {
    deps.log.warn({ err: error, kind: announcement.kind }, 'live update not announced');
    return;
  }
  await publishAnnouncement(deps, audience.spaceId, event);
}
