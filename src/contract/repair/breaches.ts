/**
 * Breaches (step 1): what happened, who broke trust (roles are per breach),
 * each partner's private severity rating, and the acknowledgment the partner
 * who broke trust writes, with the hurt partner's answer to each version.
 */
import { z } from 'zod';
import { Day, Id, Instant, Visibility } from '../common.js';
import {
  LockReason,
  optionalText,
  requiredText,
  Severity,
  TEXT_LIMITS,
  TherapistMaySee,
} from './common.js';
import { BREACH_CATEGORIES } from './words.js';

export const BreachCategory = z.enum(BREACH_CATEGORIES);
export type BreachCategory = z.infer<typeof BreachCategory>;

export const CameToLight = z.enum(['disclosed', 'discovered']).meta({
  description: '`disclosed`: the partner who broke trust told; `discovered`: it was found out.',
});

export const BrokeTrust = z.enum(['me', 'partner', 'both']).meta({
  description:
    'Who broke trust, from the point of view of the person recording: `me`, `partner`, or `both` (a mutual breach — each partner broke trust and was hurt).',
});

export const BreachRole = z.enum(['broke-trust', 'hurt']);

export const RecordBreachBody = z.strictObject({
  title: requiredText(TEXT_LIMITS.title, 'A short title.'),
  category: BreachCategory,
  description: requiredText(TEXT_LIMITS.long, 'What happened.'),
  day: Day.meta({
    description: 'The day it was discovered or disclosed (not in the future).',
  }),
  cameToLight: CameToLight,
  brokeTrust: BrokeTrust,
  therapistMaySee: TherapistMaySee,
});

export const EditBreachBody = z
  .strictObject({
    title: requiredText(TEXT_LIMITS.title, 'A short title.').optional(),
    category: BreachCategory.optional(),
    description: requiredText(TEXT_LIMITS.long, 'What happened.').optional(),
    day: Day.optional(),
    cameToLight: CameToLight.optional(),
    therapistMaySee: TherapistMaySee,
  })
  .meta({
    description:
      'Corrections by the person who recorded the breach, until the first acknowledgment is written. Who broke trust cannot change: record the breach again instead.',
  });

export const SeverityRating = z.object({
  severity: Severity,
  visibility: Visibility,
  updatedAt: Instant,
});

export const Breach = z.object({
  id: Id,
  recordedBy: Id.nullable(),
  title: z.string(),
  category: BreachCategory,
  description: z.string(),
  day: Day,
  cameToLight: CameToLight,
  mutual: z.boolean(),
  brokeTrust: z.array(Id).meta({ description: 'Who broke trust in this breach.' }),
  hurt: z.array(Id).meta({ description: 'Who was hurt in this breach.' }),
  myRoles: z.array(BreachRole).meta({ description: 'The reader’s roles in this breach.' }),
  mySeverity: SeverityRating.nullable(),
  partnerSeverity: SeverityRating.nullable().meta({
    description: 'The partner’s rating, only when they chose to share it.',
  }),
  locked: z.boolean().meta({ description: 'True once an acknowledgment exists: no more edits.' }),
  can: z
    .object({
      edit: z.boolean(),
      rateSeverity: z.boolean(),
      writeAcknowledgment: z.boolean(),
      writeImpactStatement: z.boolean(),
      writeApology: z.boolean(),
    })
    .meta({ description: 'What the reader may do with this breach; the server refuses the rest.' }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Breach = z.infer<typeof Breach>;

export const BreachAnswer = z.object({ breach: Breach });
export const BreachList = z.object({ items: z.array(Breach) });
export const BreachParams = z.strictObject({ breachId: Id });

export const RateBreachSeverityBody = z.strictObject({
  severity: Severity,
  visibility: Visibility.default('private').meta({
    description: 'Private unless you choose to share it with your partner.',
  }),
});
export const SeverityAnswer = z.object({ severity: SeverityRating });

// Acknowledgments.

export const WriteAcknowledgmentBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.long, 'What happened, in your own words.'),
  therapistMaySee: TherapistMaySee,
});
export const EditAcknowledgmentBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.long, 'What happened, in your own words.'),
});

export const AcknowledgmentVerdict = z.enum(['accurate', 'something-missing']);

export const RespondToAcknowledgmentBody = z
  .strictObject({
    verdict: AcknowledgmentVerdict,
    comment: optionalText(
      TEXT_LIMITS.comment,
      'What is missing (needed with `something-missing`), or a word with `accurate`.',
    ),
  })
  .superRefine((body, ctx) => {
    if (body.verdict === 'something-missing' && !body.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'say what is missing' });
    }
  });

export const AcknowledgmentResponse = z.object({
  id: Id,
  authorId: Id,
  verdict: AcknowledgmentVerdict,
  comment: z.string().nullable(),
  createdAt: Instant,
});

export const Acknowledgment = z.object({
  id: Id,
  breachId: Id,
  authorId: Id,
  version: z.number().int(),
  text: z.string(),
  latest: z.boolean().meta({ description: 'The newest version by this author.' }),
  locked: z.boolean(),
  lockReason: LockReason,
  response: AcknowledgmentResponse.nullable().meta({
    description: 'The hurt partner’s answer to this version.',
  }),
  can: z.object({ edit: z.boolean(), respond: z.boolean() }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Acknowledgment = z.infer<typeof Acknowledgment>;

export const AcknowledgmentAnswer = z.object({ acknowledgment: Acknowledgment });
export const AcknowledgmentList = z.object({
  items: z.array(Acknowledgment).meta({ description: 'Every version, oldest first.' }),
});
export const AcknowledgmentParams = z.strictObject({ acknowledgmentId: Id });
