/**
 * The event bus behind live updates: a service publishes what happened in a
 * space after its write commits, and every open stream of that space, on any
 * node, hears it. In process for one embedded node; Redis pub/sub when
 * REDIS_URL is set, so an event written through node A reaches a browser
 * connected to node B. A bus event carries ids and a kind only, never content.
 */
import type { SpaceEventKind } from '../../../contract/events.js';

export interface BusEvent {
  /** Its place in the stream (a UUIDv7, stored in `space_events`). */
  id: string;
  kind: SpaceEventKind;
  /** The item it is about. */
  itemId: string;
  /** The one member it is for; streams of anyone else ignore it. */
  recipientId: string;
}

export type BusListener = (event: BusEvent) => void;

export interface EventBus {
  publish(spaceId: string, event: BusEvent): Promise<void>;
  /**
   * Listens to one space. Resolves once the subscription is live (for Redis,
   * when the server confirmed it), so a stream that subscribes and then reads
   * what it missed cannot fall between the two. Answers the unsubscribe.
   */
  subscribe(spaceId: string, listener: BusListener): Promise<() => void>;
  close(): Promise<void>;
}

/** Hands an event to each listener; one that throws does not stop the others. */
export function deliver(listeners: Iterable<BusListener>, event: BusEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A listener's own failure is its stream's business (it ends itself).
    }
  }
}
