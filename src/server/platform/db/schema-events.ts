/** Live updates (migration 0013): the recent events of the stream, for catch-up. */
import type { SpaceEventKind } from '../../../contract/events.js';

export interface SpaceEventsTable {
  /** UUIDv7: the order of the stream, and the `id:` a browser sends back as Last-Event-ID. */
  id: string;
  spaceId: string;
  /** The one member the event is for (never the member who caused it). */
  recipientId: string;
  kind: SpaceEventKind;
  /** The item it is about; its content stays behind the item's own operation. */
  itemId: string;
  createdAt: string;
}
