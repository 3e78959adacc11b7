/**
 * Both event buses keep the same contract; the Redis one runs against the
 * machine's real Redis when TEST_REDIS_URL is set (CI sets it), with two bus
 * instances standing for two app nodes.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../ids.js';
import type { BusEvent, EventBus } from './event-bus.js';
import { MemoryEventBus } from './memory-event-bus.js';
import { RedisEventBus } from './redis-event-bus.js';

const space = () => newId();
const event = (recipientId = newId()): BusEvent => ({
  id: newId(),
  kind: 'note-sent',
  itemId: newId(),
  recipientId,
});

/** Collects what a listener hears, and waits for a count of it. */
function collector() {
  const heard: BusEvent[] = [];
  let wake: (() => void) | undefined;
  return {
    heard,
    listener: (e: BusEvent) => {
      heard.push(e);
      wake?.();
    },
    async until(count: number, ms = 2_000): Promise<BusEvent[]> {
      const deadline = Date.now() + ms;
      while (heard.length < count && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 20);
        });
      }
      return heard;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** `make` gives the bus of "node A" and of "node B": one object for the in-process bus. */
function contract(name: string, make: () => { a: EventBus; b: EventBus }) {
  describe(name, () => {
    const { a, b } = make();
    afterAll(async () => {
      await a.close();
      if (b !== a) await b.close();
    });

    it('delivers an event published on one node to a listener of the same space on the other', async () => {
      const s = space();
      const heard = collector();
      const unsubscribe = await b.subscribe(s, heard.listener);
      const sent = event();
      await a.publish(s, sent);
      expect(await heard.until(1)).toEqual([sent]);
      unsubscribe();
    });

    it('never delivers another space’s events', async () => {
      const mine = space();
      const theirs = space();
      const heard = collector();
      const unsubscribe = await b.subscribe(mine, heard.listener);
      await a.publish(theirs, event());
      const sent = event();
      await a.publish(mine, sent);
      expect(await heard.until(1)).toEqual([sent]);
      await settle();
      expect(heard.heard).toEqual([sent]);
      unsubscribe();
    });

    it('delivers in order to every listener of a space, and stops after unsubscribing', async () => {
      const s = space();
      const first = collector();
      const second = collector();
      const stopFirst = await b.subscribe(s, first.listener);
      const stopSecond = await a.subscribe(s, second.listener);
      const sent = [event(), event(), event()];
      for (const e of sent) await a.publish(s, e);
      expect(await first.until(3)).toEqual(sent);
      expect(await second.until(3)).toEqual(sent);
      stopFirst();
      await settle();
      await a.publish(s, event());
      expect(await second.until(4)).toHaveLength(4);
      await settle();
      expect(first.heard).toHaveLength(3);
      stopSecond();
    });

    it('keeps delivering to the others when one listener throws', async () => {
      const s = space();
      const heard = collector();
      const stopBad = await b.subscribe(s, () => {
        throw new Error('a broken stream');
      });
      const stopGood = await b.subscribe(s, heard.listener);
      await a.publish(s, event());
      expect(await heard.until(1)).toHaveLength(1);
      stopBad();
      stopGood();
    });
  });
}

contract('in-process event bus', () => {
  const bus = new MemoryEventBus();
  return { a: bus, b: bus };
});

if (process.env.TEST_REDIS_URL) {
  const url = process.env.TEST_REDIS_URL;
  const prefix = `mend-test-${randomBytes(4).toString('hex')}:events:`;
  contract('redis event bus (two nodes)', () => ({
    a: new RedisEventBus(url, prefix),
    b: new RedisEventBus(url, prefix),
  }));
}
