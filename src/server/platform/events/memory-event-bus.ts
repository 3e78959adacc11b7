/** The embedded default: one node, so the bus is a map of listeners per space. */
import { deliver, type BusEvent, type BusListener, type EventBus } from './event-bus.js';

export class MemoryEventBus implements EventBus {
  private readonly spaces = new Map<string, Set<BusListener>>();

  publish(spaceId: string, event: BusEvent): Promise<void> {
    const listeners = this.spaces.get(spaceId);
    // Delivered after the publisher's turn, as Redis would: a listener never
    // runs inside the service call that published.
    if (listeners) queueMicrotask(() => deliver(listeners, { ...event }));
    return Promise.resolve();
  }

  subscribe(spaceId: string, listener: BusListener): Promise<() => void> {
    let listeners = this.spaces.get(spaceId);
    if (!listeners) {
      listeners = new Set();
      this.spaces.set(spaceId, listeners);
    }
    listeners.add(listener);
    return Promise.resolve(() => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.spaces.get(spaceId) === listeners)
        this.spaces.delete(spaceId);
    });
  }

  close(): Promise<void> {
    this.spaces.clear();
    return Promise.resolve();
  }
}
