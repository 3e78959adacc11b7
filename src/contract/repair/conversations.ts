/**
 * Open conversations (step 2): a partner logs one; each partner rates, without
 * seeing the other's answer first, how safe and how heard they felt. A
 * partner's rating shows once the reader rated the same conversation, or once
 * the day it was given is over in the reader's time zone (the check-in rule).
 * The note is private or shared, like a check-in note.
 */
import { z } from 'zod';
import { Day, Id, Instant, Visibility } from '../common.js';
import { MINUTES_MAX } from '../limits.js';
import { Rating7, requiredText, TEXT_LIMITS, TherapistMaySee } from './common.js';
import { PromptId } from './prompts.js';

export const LogConversationBody = z.strictObject({
  day: Day.meta({ description: 'The day of the conversation (not in the future).' }),
  topic: requiredText(TEXT_LIMITS.topic, 'What it was about.'),
  minutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1 minute')
    .max(MINUTES_MAX, `must be at most ${MINUTES_MAX} minutes`),
  startedBy: z.enum(['me', 'partner']).meta({ description: 'Who started the conversation.' }),
  promptId: PromptId.optional().meta({ description: 'The library prompt that began it, if any.' }),
  breachId: Id.optional().meta({ description: 'The breach it was about, if any.' }),
  therapistMaySee: TherapistMaySee,
});

export const ConversationNoteInput = z.strictObject({
  text: requiredText(TEXT_LIMITS.note, 'A note on the conversation.'),
  visibility: Visibility,
});

export const RateConversationBody = z.strictObject({
  feltSafe: Rating7.meta({ description: '“I felt safe”, 1 to 7.' }),
  feltHeard: Rating7.meta({ description: '“I felt heard”, 1 to 7.' }),
  note: ConversationNoteInput.nullable().optional().meta({
    description: 'A note, private or shared; `null` removes it, leaving it out keeps it.',
  }),
  therapistMaySee: TherapistMaySee,
});

export const ConversationRating = z.object({
  memberId: Id,
  feltSafe: z.number().int(),
  feltHeard: z.number().int(),
  note: z.object({ text: z.string(), visibility: Visibility }).nullable(),
  therapistMaySee: z.boolean(),
  ratedAt: Instant,
  updatedAt: Instant,
});

export const Conversation = z.object({
  id: Id,
  loggedBy: Id,
  day: Day,
  topic: z.string(),
  minutes: z.number().int(),
  startedBy: Id.nullable(),
  prompt: z.object({ id: z.string(), text: z.string() }).nullable(),
  breachId: Id.nullable(),
  myRating: ConversationRating.nullable(),
  partnerRating: ConversationRating.nullable().meta({
    description:
      'Shown once you rated this conversation too, or once the day it was given is over for you. Its note only when shared.',
  }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationAnswer = z.object({ conversation: Conversation });
export const ConversationList = z.object({
  items: z.array(Conversation).meta({ description: 'Newest first.' }),
});
export const ListConversationsQuery = z.strictObject({ from: Day.optional(), to: Day.optional() });
export const ConversationParams = z.strictObject({ conversationId: Id });
