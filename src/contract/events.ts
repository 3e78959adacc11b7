/**
 * Live updates (issue 11): what the event stream carries. An event says only
 * what happened and to which item — a kind and an id, never content — so the
 * stream itself can leak nothing; the app fetches the item through the
 * normal, access-checked API when an event arrives.
 */
import { z } from 'zod';
import { Id } from './common.js';
import { SPACE_EVENT_KINDS } from './event-kinds.js';

export { SPACE_EVENT_KINDS };

export const SpaceEventKind = z.enum(SPACE_EVENT_KINDS);
export type SpaceEventKind = z.infer<typeof SpaceEventKind>;

export const SpaceEvent = z
  .object({
    kind: SpaceEventKind,
    id: Id.meta({
      description: 'The item the event is about; fetch it through its own operation.',
    }),
  })
  .meta({
    description:
      'The `data` of one Server-Sent Event (JSON). The event’s `id:` field is its place in the ' +
      'stream: send it back as `Last-Event-ID` to receive what was missed (up to 24 hours).',
  });
export type SpaceEvent = z.infer<typeof SpaceEvent>;
