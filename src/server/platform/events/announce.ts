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
 * and dropped.
 */
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { SpaceEventKind } from '../../../contract/events.js';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import type { EventBus } from './event-bus.js';

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

export async function announceToPartner(
  deps: AnnounceDeps,
  audience: Audience,
  announcement: Announcement,
): Promise<void> {
  const recipientId = audience.partnerId;
  if (!recipientId) return;
  try {
    const now = deps.clock.now();
    const event = {
      id: newId(now.getTime()),
      kind: announcement.kind,
      itemId: announcement.id,
      recipientId,
    };
    await deps.db
      .insertInto('spaceEvents')
      .values({ ...event, spaceId: audience.spaceId, createdAt: now.toISOString() })
      .execute();
    await deps.bus.publish(audience.spaceId, event);
    await unsafePruneAllSpaces(deps.db, now);
  } catch (error) {
    deps.log.warn({ err: error, kind: announcement.kind }, 'live update not announced');
  }
}
