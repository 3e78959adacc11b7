/**
 * Asking for reassurance (step 9): "I could use some reassurance today". A
 * request holds no words — the partner sees only that it was asked, and
 * answers with a note or an affirmation.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';

export const ReassuranceRequest = z.object({
  id: Id,
  askedBy: Id,
  day: Day.meta({ description: 'The asker’s day.' }),
  createdAt: Instant,
  answeredAt: Instant.nullable(),
  answerNoteId: Id.nullable().meta({ description: 'The note or affirmation that answered it.' }),
});
export type ReassuranceRequest = z.infer<typeof ReassuranceRequest>;

export const ReassuranceAnswer = z.object({ request: ReassuranceRequest });

export const ReassuranceOverview = z.object({
  today: Day.meta({ description: 'The reader’s today.' }),
  items: z
    .array(ReassuranceRequest)
    .meta({ description: 'Both partners’ requests of the last 30 days, newest first.' }),
});
export type ReassuranceOverview = z.infer<typeof ReassuranceOverview>;
