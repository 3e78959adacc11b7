/**
 * Following one's space live: the partner's events as they happen, after the
 * ones missed since `Last-Event-ID`. Access is checked when the stream opens
 * and again every few seconds — the session must still be live and the
 * member still in the same space — so a stream ends soon after its member
 * signs out, leaves the space or deletes the account.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { findMembership, requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { EVENT_RETENTION_MS } from '../../platform/events/announce.js';
import type { BusEvent } from '../../platform/events/event-bus.js';
import { isSessionLive, listEventsAfter, type MissedEvent } from './queries.js';

export type StreamEvent = MissedEvent;

export interface Follower {
  deliver(event: StreamEvent): void;
  /** The member may no longer follow (or a re-check failed): close the stream. */
  end(): void;
}

export interface FollowTiming {
  /** How often access is checked again on an open stream. */
  recheckMs: number;
}

/**
 * Event ids are UUIDv7 made by whichever node wrote them; two nodes' clocks
 * may differ a little, so an event written on a slower node can sort just
 * before the one a browser saw last. Catch-up therefore starts this much
 * earlier than the Last-Event-ID: a few events may come twice (an event is
 * only "fetch this again", and the app drops ids it has seen), none is lost.
 */
const CLOCK_SKEW_MS = 5_000;

/** Ids this stream already sent, kept for de-duplication within bounds. */
const REMEMBERED = 500;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The smallest id of the millisecond `CLOCK_SKEW_MS` before the given id's; null if it is no id of ours. */
export function catchUpFloor(lastEventId: string | undefined): string | null {
  if (!lastEventId || !UUID_V7.test(lastEventId)) return null;
  const ms = Number.parseInt(lastEventId.slice(0, 8) + lastEventId.slice(9, 13), 16);
  const hex = Math.max(0, ms - CLOCK_SKEW_MS)
    .toString(16)
    .padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

export function eventService(deps: Deps, timing: FollowTiming) {
  const { db, bus, clock, config, log } = deps;

  return {
    /** Starts following; answers the function that stops (the browser went away). */
    async follow(
      actor: Actor,
      lastEventId: string | undefined,
      follower: Follower,
    ): Promise<() => void> {
      const access = await requireAccess(db, actor, 'events.read');
      let following = true;
      let catchingUp = true;
      const held: BusEvent[] = [];
      const sent = new Set<string>();
      const send = (event: StreamEvent) => {
        if (!following || sent.has(event.id)) return;
        sent.add(event.id);
        if (sent.size > REMEMBERED) sent.delete(sent.values().next().value!);
        follower.deliver({ id: event.id, kind: event.kind, itemId: event.itemId });
      };

      // Listening first, then reading what was missed: an event written in
      // between is held, not lost, and sent after the missed ones.
      const unsubscribe = await bus.subscribe(access.spaceId, (event) => {
        // The stream carries only what is addressed to its own member.
        if (event.recipientId !== actor.memberId) return;
        if (catchingUp) held.push(event);
        else send(event);
      });
      const recheckTimer: { current?: NodeJS.Timeout } = {};
      const stop = () => {
        if (!following) return;
        following = false;
        clearInterval(recheckTimer.current);
        unsubscribe();
      };
      const end = () => {
        if (!following) return;
        stop();
        follower.end();
      };

      try {
        const floor = catchUpFloor(lastEventId);
        if (floor && lastEventId) {
          const since = new Date(clock.now().getTime() - EVENT_RETENTION_MS).toISOString();
          const range = { afterId: floor, except: lastEventId, since };
          for (const event of await listEventsAfter(db, access.spaceId, actor.memberId, range)) {
            send(event);
          }
        }
      } catch (error) {
        stop();
        throw error;
      }
      catchingUp = false;
      for (const event of held.splice(0)) send(event);

      let checking = false;
      const recheck = async () => {
        if (checking || !following) return;
        checking = true;
        try {
          const live = await isSessionLive(db, actor.sessionId, clock.now(), config.sessionIdleMs);
          const membership = live ? await findMembership(db, actor.memberId) : null;
          if (membership?.spaceId !== access.spaceId) end();
        } catch (error) {
          // Unsure is no: the browser reconnects and is checked afresh.
          log.warn({ err: error }, 'event stream access re-check failed');
          end();
        } finally {
          checking = false;
        }
      };
      recheckTimer.current = setInterval(() => void recheck(), timing.recheckMs);
      recheckTimer.current.unref();
      return stop;
    },
  };
}

export type EventService = ReturnType<typeof eventService>;
