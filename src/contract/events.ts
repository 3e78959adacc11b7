/**
 * Live updates (issue 11): what the event stream carries. An event says only
 * what happened and to which item — a kind and an id, never content — so the
 * stream itself can leak nothing; the app fetches the item through the
 * normal, access-checked API when an event arrives.
 */
import { z } from 'zod';
import { Id } from './common.js';

export const SPACE_EVENT_KINDS = [
  /** The partner's check-in can now be read (both answered, or the day is over). `id`: the check-in. */
  'check-in-revealed',
  /** A note, gesture or affirmation from the partner. `id`: the note. */
  'note-sent',
  /** The partner appreciated one of the reader's notes. `id`: the note. */
  'note-appreciated',
  /** A new agreement, a change, a retirement or an edited proposal. `id`: the agreement. */
  'agreement-proposed',
  /** The partner accepted or declined a proposal. `id`: the agreement. */
  'agreement-answered',
  /** The partner questioned one of the reader's commitment marks. `id`: the commitment. */
  'mark-questioned',
  /** The partner asked for reassurance today. `id`: the request. */
  'reassurance-requested',
] as const;

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
