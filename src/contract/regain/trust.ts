/**
 * The monthly trust questionnaire (issue 10): six items of 1–7, two for each
 * of predictability, dependability and faith, scored as subscale means. One
 * per member per calendar month of their time zone, written again to update
 * (a real upsert, so a retried write lands once). Private to its author
 * unless they share it; "therapist may see" for a shared one. Milestones say
 * which subscales changed reliably between the author's first and latest
 * questionnaire, and which way.
 */
import { z } from 'zod';
import { Id, Instant } from '../common.js';
import { TherapistMaySee } from '../repair/common.js';
import {
  TRUST_ANSWER_MAX,
  TRUST_ANSWER_MIN,
  TRUST_ITEM_COUNT,
  TRUST_SUBSCALES,
} from '../../domain/trust-questionnaire.js';

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM')
  .meta({ description: 'A calendar month, `YYYY-MM`, in the author’s time zone.' });

const Answer = z
  .number()
  .int('must be a whole number')
  .min(TRUST_ANSWER_MIN, `must be between 1 and ${TRUST_ANSWER_MAX}`)
  .max(TRUST_ANSWER_MAX, `must be between 1 and ${TRUST_ANSWER_MAX}`);

const TrustSubscale = z.enum(TRUST_SUBSCALES);

export const PutTrustQuestionnaireBody = z.strictObject({
  answers: z
    .array(Answer)
    .length(TRUST_ITEM_COUNT, `must have ${TRUST_ITEM_COUNT} answers`)
    .meta({ description: 'One answer of 1–7 per item, in the order of `items`.' }),
  shared: z
    .boolean()
    .optional()
    .meta({ description: 'Share it with your partner. Private unless you say so.' }),
  therapistMaySee: TherapistMaySee,
});

export const TrustScores = z.object({
  predictability: z.number(),
  dependability: z.number(),
  faith: z.number(),
});

export const TrustQuestionnaire = z.object({
  id: Id,
  authorId: Id,
  month: Month,
  answers: z.array(z.number().int()),
  scores: TrustScores.meta({ description: 'Each subscale the mean of its two answers, 1–7.' }),
  shared: z.boolean(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type TrustQuestionnaire = z.infer<typeof TrustQuestionnaire>;

export const TrustMilestone = z.object({
  subscale: TrustSubscale,
  direction: z.enum(['better', 'worse']).meta({
    description: '`better`: more trust than in the first questionnaire; `worse`: less.',
  }),
  from: z.number().meta({ description: 'The subscale in the first questionnaire.' }),
  to: z.number().meta({ description: 'The subscale in the latest questionnaire.' }),
});

export const TrustMilestones = z.object({
  fromMonth: Month.nullable(),
  toMonth: Month.nullable(),
  changes: z.array(TrustMilestone).meta({
    description:
      'Subscales that changed reliably (Jacobson–Truax, |RCI| > 1.96) between your first and latest questionnaire; empty with fewer than two.',
  }),
});

export const TrustItem = z.object({
  id: z.string(),
  subscale: TrustSubscale,
  text: z.string(),
});

export const TrustQuestionnaireOverview = z.object({
  month: Month.meta({ description: 'This month, in your time zone.' }),
  due: z.boolean().meta({ description: 'You have not answered this month’s questionnaire yet.' }),
  items: z.array(TrustItem),
  mine: z.array(TrustQuestionnaire).meta({ description: 'Yours, oldest first.' }),
  sharedWithMe: z
    .array(TrustQuestionnaire)
    .meta({ description: 'Questionnaires your partner chose to share with you.' }),
  milestones: TrustMilestones,
});

export const TrustQuestionnaireAnswer = z.object({
  questionnaire: TrustQuestionnaire,
  milestones: TrustMilestones,
});

export const TrustQuestionnaireParams = z.strictObject({ questionnaireId: Id });
