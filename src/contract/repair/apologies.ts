/**
 * Taking responsibility (step 3): the hurt partner's impact statement, the
 * apology that answers it (written along a guide), and how understood the hurt
 * partner feels. Every version of each is kept.
 */
import { z } from 'zod';
import { Id, Instant } from '../common.js';
import {
  APOLOGY_GUIDE,
  APOLOGY_HINT_TEXT,
  type ApologyHint as ApologyHintName,
} from '../../domain/path/apology-guide.js';
import {
  LockReason,
  optionalText,
  Rating7,
  requiredText,
  TEXT_LIMITS,
  TherapistMaySee,
} from './common.js';

export { APOLOGY_GUIDE, APOLOGY_HINT_TEXT };

export const WriteImpactStatementBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.long, 'How this affected you, in your own words.'),
  therapistMaySee: TherapistMaySee,
});
export const EditImpactStatementBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.long, 'How this affected you, in your own words.'),
});

export const ImpactStatement = z.object({
  id: Id,
  breachId: Id,
  authorId: Id,
  version: z.number().int(),
  text: z.string(),
  latest: z.boolean(),
  locked: z.boolean(),
  lockReason: LockReason,
  can: z.object({ edit: z.boolean() }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ImpactStatement = z.infer<typeof ImpactStatement>;

export const ImpactStatementAnswer = z.object({ impactStatement: ImpactStatement });
export const ImpactStatementList = z.object({
  items: z.array(ImpactStatement).meta({ description: 'Every version, oldest first.' }),
});
export const ImpactStatementParams = z.strictObject({ impactStatementId: Id });

const part = (title: string) => requiredText(TEXT_LIMITS.apologyPart, title);

export const ApologyParts = z
  .strictObject({
    whatHappened: part('Acknowledge what happened.'),
    impact: part('Name the impact, in your partner’s terms.'),
    responsibility: part('Take responsibility, without “but”.'),
    whatWillChange: part('Say what will change.'),
  })
  .meta({ description: 'The four guided parts (see APOLOGY_GUIDE).' });

export const WriteApologyBody = z.strictObject({
  impactStatementId: Id.meta({
    description: 'The impact statement this apology answers: the hurt partner’s, for this breach.',
  }),
  parts: ApologyParts,
  therapistMaySee: TherapistMaySee,
});
export const EditApologyBody = z.strictObject({ parts: ApologyParts });

export const ApologyHint = z.enum(['responsibility-has-but', 'conditional-sorry']).meta({
  description: 'A gentle hint for the author (text in APOLOGY_HINT_TEXT); never a refusal.',
});
export type ApologyHint = ApologyHintName;

export const ApologyRating = z.object({
  id: Id,
  authorId: Id,
  understood: z.number().int(),
  anotherTry: z.boolean(),
  comment: z.string().nullable(),
  createdAt: Instant,
});

export const Apology = z.object({
  id: Id,
  breachId: Id,
  authorId: Id,
  version: z.number().int(),
  impactStatementId: Id.nullable(),
  impactStatement: ImpactStatement.nullable().meta({
    description: 'The impact statement it answers, to show beside the apology.',
  }),
  parts: z.object({
    whatHappened: z.string(),
    impact: z.string(),
    responsibility: z.string(),
    whatWillChange: z.string(),
  }),
  hints: z.array(ApologyHint).meta({ description: 'For the author only; empty for the partner.' }),
  latest: z.boolean(),
  locked: z.boolean(),
  lockReason: LockReason,
  rating: ApologyRating.nullable().meta({ description: 'How understood the hurt partner felt.' }),
  can: z.object({ edit: z.boolean(), rate: z.boolean() }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Apology = z.infer<typeof Apology>;

export const ApologyAnswer = z.object({ apology: Apology });
export const ApologyList = z.object({
  items: z.array(Apology).meta({ description: 'Every version by every author, oldest first.' }),
});
export const ApologyParams = z.strictObject({ apologyId: Id });

export const RateApologyBody = z
  .strictObject({
    understood: Rating7.meta({ description: '“I feel understood”, 1 (not at all) to 7 (fully).' }),
    anotherTry: z.boolean().default(false).meta({
      description: 'Ask for another try; say what would help in `comment`.',
    }),
    comment: optionalText(TEXT_LIMITS.comment, 'What would help (needed with `anotherTry`).'),
  })
  .superRefine((body, ctx) => {
    if (body.anotherTry && !body.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'say what would help' });
    }
  });
