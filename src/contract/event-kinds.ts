/**
 * The kinds of live-update event, without zod, so the web app can read the
 * list at run time (contract/events.ts builds the schema from it).
 */
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
