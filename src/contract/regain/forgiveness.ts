/**
 * Forgiveness (step 10): a private reflection at most once per 30-day period
 * (nine items of 1–5, scored as avoidance, resentment and goodwill), read by
 * its author only unless they share one; and an optional forgiveness
 * statement, private unless its author shares it. Nothing here is asked of
 * anyone: the statement is never prompted or reminded.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { FORGIVENESS_STATEMENT_MAX } from '../limits.js';
import { requiredText, TherapistMaySee } from '../repair/common.js';
import {
  FORGIVENESS_ANSWER_MAX,
  FORGIVENESS_ANSWER_MIN,
  FORGIVENESS_ITEM_COUNT,
} from '../../domain/forgiveness.js';

const Answer = z
  .number()
  .int('must be a whole number')
  .min(FORGIVENESS_ANSWER_MIN, `must be between 1 and ${FORGIVENESS_ANSWER_MAX}`)
  .max(FORGIVENESS_ANSWER_MAX, `must be between 1 and ${FORGIVENESS_ANSWER_MAX}`);

export const WriteReflectionBody = z.strictObject({
  answers: z
    .array(Answer)
    .length(FORGIVENESS_ITEM_COUNT, `must have ${FORGIVENESS_ITEM_COUNT} answers`)
    .meta({ description: 'One answer of 1–5 per item, in the order of `items`.' }),
});

export const ForgivenessScores = z.object({
  avoidance: z.number().int(),
  resentment: z.number().int(),
  goodwill: z.number().int(),
});

export const Reflection = z.object({
  id: Id,
  authorId: Id,
  day: Day,
  answers: z.array(z.number().int()),
  scores: ForgivenessScores.meta({
    description: 'Each subscale 3–15 after reverse scoring; higher goodwill is more goodwill.',
  }),
  shared: z.boolean(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
});
export type Reflection = z.infer<typeof Reflection>;

export const ReflectionItem = z.object({
  id: z.string(),
  subscale: z.enum(['avoidance', 'resentment', 'goodwill']),
  text: z.string(),
  reversed: z.boolean(),
});

export const ReflectionOverview = z.object({
  due: z.boolean().meta({ description: 'No reflection of yours in this 30-day period yet.' }),
  nextOn: Day.meta({ description: 'From when the next reflection can be written.' }),
  items: z.array(ReflectionItem),
  mine: z.array(Reflection).meta({ description: 'Your reflections, oldest first: your trend.' }),
  sharedWithMe: z
    .array(Reflection)
    .meta({ description: 'Reflections your partner chose to share with you.' }),
});

export const ReflectionAnswer = z.object({ reflection: Reflection });
export const ReflectionParams = z.strictObject({ reflectionId: Id });

export const SharingBody = z.strictObject({
  shared: z.boolean().meta({ description: 'Share it with your partner, or keep it to yourself.' }),
  therapistMaySee: TherapistMaySee,
});

export const PutStatementBody = z.strictObject({
  text: requiredText(FORGIVENESS_STATEMENT_MAX, 'Your forgiveness statement, in your own words.'),
  shared: z.boolean().optional().meta({ description: 'Private unless you say so.' }),
  therapistMaySee: TherapistMaySee,
});

export const ForgivenessStatement = z.object({
  id: Id,
  authorId: Id,
  text: z.string(),
  shared: z.boolean(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});

export const StatementAnswer = z.object({ statement: ForgivenessStatement });
export const StatementsAnswer = z.object({
  mine: ForgivenessStatement.nullable(),
  partner: ForgivenessStatement.nullable().meta({
    description: 'Your partner’s statement, only when they chose to share it.',
  }),
});
