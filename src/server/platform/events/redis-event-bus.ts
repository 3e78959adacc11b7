/**
 * Redis pub/sub across app nodes: one connection publishes, one per node
 * subscribes. One channel per space (`mend:events:<spaceId>`), subscribed
 * while this node has a stream open for that space: Redis then sends a node
 * only the events of spaces it is serving, so the traffic per node follows its
 * own open streams rather than every event of the deployment (one shared
 * channel would make every node read and drop every event). Pub/sub is
 * fire-and-forget; what a node misses while a browser reconnects comes from
 * the `space_events` table (Last-Event-ID), not from Redis.
 */
import { Redis } from 'ioredis';
import { SPACE_EVENT_KINDS, type SpaceEventKind } from '../../../contract/events.js';
import { deliver, type BusEvent, type BusListener, type EventBus } from './event-bus.js';

const KINDS = new Set<string>(SPACE_EVENT_KINDS);

/** Only a well-formed event goes on to a stream; anything else on the channel is dropped. */
function parseEvent(message: string): BusEvent | null {
  try {
    const value = JSON.parse(message) as Record<string, unknown>;
    const { id, kind, itemId, recipientId } = value;
    if (
      typeof id !== 'string' ||
      typeof kind !== 'string' ||
      !KINDS.has(kind) ||
      typeof itemId !== 'string' ||
      typeof recipientId !== 'string'
    ) {
      return null;
    }
    return { id, kind: kind as SpaceEventKind, itemId, recipientId };
  } catch {
    return null;
  }
}

export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly spaces = new Map<string, Set<BusListener>>();
  /** The SUBSCRIBE in flight for a space, so a second stream waits for the same one. */
  private readonly subscribing = new Map<string, Promise<unknown>>();

  constructor(
    url: string,
    private readonly prefix = 'mend:events:',
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    // A subscriber connection re-subscribes by itself after a reconnect.
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 2 });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.prefix)) return;
      const listeners = this.spaces.get(channel.slice(this.prefix.length));
      const event = listeners ? parseEvent(message) : null;
      if (listeners && event) deliver(listeners, event);
    });
  }

  async publish(spaceId: string, event: BusEvent): Promise<void> {
    const { id, kind, itemId, recipientId } = event;
    await this.publisher.publish(
      this.prefix + spaceId,
      JSON.stringify({ id, kind, itemId, recipientId }),
    );
  }

  async subscribe(spaceId: string, listener: BusListener): Promise<() => void> {
    let listeners = this.spaces.get(spaceId);
    if (!listeners) {
      listeners = new Set();
      this.spaces.set(spaceId, listeners);
      this.subscribing.set(spaceId, this.subscriber.subscribe(this.prefix + spaceId));
    }
    listeners.add(listener);
    const own = listeners;
    const unsubscribe = () => {
      own.delete(listener);
      if (own.size > 0 || this.spaces.get(spaceId) !== own) return;
      this.spaces.delete(spaceId);
      this.subscribing.delete(spaceId);
      // Commands on one connection run in order, so a later SUBSCRIBE of the
      // same space still lands after this.
      this.subscriber.unsubscribe(this.prefix + spaceId).catch(() => undefined);
    };
    try {
      await this.subscribing.get(spaceId);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async close(): Promise<void> {
    this.spaces.clear();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
