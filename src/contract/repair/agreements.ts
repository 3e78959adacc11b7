/**
 * Agreements (step 4): either partner proposes one; it is active only once
 * both have accepted it (its author by proposing it). A change is a new
 * version that needs both again, and so is retiring it. Breaking an agreement
 * is told in one of two ways that mean different things: "I broke it" (a
 * self-disclosure) and "my partner broke it" (a report).
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { optionalText, requiredText, TEXT_LIMITS, TherapistMaySee } from './common.js';

const Terms = requiredText(TEXT_LIMITS.agreement, 'The agreement, in words you both can hold.');
const ReviewOn = Day.meta({ description: 'A day to look at it again together (today or later).' });

export const ProposeAgreementBody = z.strictObject({
  text: Terms,
  reviewOn: ReviewOn.optional(),
  therapistMaySee: TherapistMaySee,
});

export const ProposeAgreementChangeBody = z.strictObject({
  text: Terms,
  reviewOn: ReviewOn.optional(),
  therapistMaySee: TherapistMaySee,
});

export const ProposeRetirementBody = z.strictObject({
  reason: optionalText(TEXT_LIMITS.comment, 'Why you would like to retire it.'),
  therapistMaySee: TherapistMaySee,
});

export const EditAgreementProposalBody = z
  .strictObject({
    text: Terms.optional().meta({
      description: 'New terms (a proposed change or a first proposal).',
    }),
    reason: optionalText(TEXT_LIMITS.comment, 'A retirement’s reason.'),
    reviewOn: ReviewOn.nullable().optional(),
  })
  .meta({
    description:
      'Corrections by the author while the partner has not answered and no newer version exists.',
  });

export const DeclineAgreementBody = z.strictObject({
  comment: optionalText(TEXT_LIMITS.comment, 'What would make it work for you.'),
});

export const AgreementBreakBody = z.strictObject({
  day: Day.meta({ description: 'When it happened (not in the future).' }),
  note: optionalText(TEXT_LIMITS.comment, 'What happened.'),
  therapistMaySee: TherapistMaySee,
});

export const AgreementVersionState = z
  .enum(['pending', 'accepted', 'declined', 'superseded'])
  .meta({
    description:
      '`pending`: waits for the other partner; `accepted`: both said yes; `declined`: the other said not this; `superseded`: a newer version came before an answer.',
  });

export const AgreementVersion = z.object({
  id: Id,
  agreementId: Id,
  version: z.number().int(),
  kind: z.enum(['terms', 'retire']).meta({
    description: '`terms`: the wording of the agreement; `retire`: a request to retire it.',
  }),
  authorId: Id,
  text: z.string().nullable().meta({ description: 'The terms, or a retirement’s reason.' }),
  reviewOn: Day.nullable(),
  state: AgreementVersionState,
  acceptedBy: z.array(Id),
  acceptedAt: Instant.nullable(),
  answers: z.array(
    z.object({
      memberId: Id,
      answer: z.enum(['accepted', 'declined']),
      comment: z.string().nullable(),
      at: Instant,
    }),
  ),
  latest: z.boolean(),
  locked: z.boolean(),
  lockReason: z.enum(['answered', 'revised']).nullable(),
  can: z.object({ accept: z.boolean(), decline: z.boolean(), edit: z.boolean() }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const AgreementBreak = z.object({
  id: Id,
  agreementId: Id,
  kind: z.enum(['self-disclosure', 'partner-report']).meta({
    description:
      '`self-disclosure`: “I broke this agreement”; `partner-report`: “my partner broke it”.',
  }),
  reportedBy: Id,
  brokenBy: Id.nullable(),
  versionId: Id.nullable().meta({ description: 'The terms in force at the time.' }),
  day: Day,
  note: z.string().nullable(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
});
export type AgreementBreak = z.infer<typeof AgreementBreak>;

export const Agreement = z.object({
  id: Id,
  status: z.enum(['proposed', 'active', 'retired']).meta({
    description:
      '`proposed`: no version accepted by both yet; `active`: terms accepted by both are in force; `retired`: both agreed to retire it.',
  }),
  proposedBy: Id.nullable(),
  active: AgreementVersion.nullable().meta({ description: 'The terms in force.' }),
  pending: AgreementVersion.nullable().meta({ description: 'The version waiting for an answer.' }),
  versions: z.array(AgreementVersion).meta({ description: 'Every version, oldest first.' }),
  breaks: z.array(AgreementBreak).meta({ description: 'Disclosures and reports, oldest first.' }),
  activeSince: Instant.nullable(),
  retiredAt: Instant.nullable(),
  can: z.object({
    proposeChange: z.boolean(),
    proposeRetirement: z.boolean(),
    discloseBreak: z.boolean(),
    reportBreak: z.boolean(),
  }),
  createdAt: Instant,
});
export type Agreement = z.infer<typeof Agreement>;

export const AgreementAnswer = z.object({ agreement: Agreement });
export const AgreementList = z.object({
  items: z.array(Agreement).meta({ description: 'Oldest first.' }),
});
export const AgreementParams = z.strictObject({ agreementId: Id });
export const AgreementVersionParams = z.strictObject({ versionId: Id });
export const AgreementBreakAnswer = z.object({ break: AgreementBreak });
