import { z } from 'zod';
import { Day, Email, Id, Instant, nonBlankText } from './common.js';
import { THERAPIST_NOTE_MAX } from './limits.js';

export const GrantStatus = z.enum([
  'awaiting-consent',
  'declined',
  'invited',
  'invite-expired',
  'active',
  'revoked',
]);

export const ProposeTherapistBody = z.strictObject({ email: Email });

export const TherapistGrant = z.object({
  id: Id,
  email: z.string(),
  status: GrantStatus,
  proposedBy: Id.nullable(),
  proposedAt: Instant,
  consentedAt: Instant.nullable(),
  acceptedAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
  /** The therapist's display name, once they accepted. */
  therapistName: z.string().nullable(),
  /** What the reader may do now, so the app shows only what the server allows. */
  canConsent: z.boolean(),
  canRevoke: z.boolean(),
});
export type TherapistGrant = z.infer<typeof TherapistGrant>;

export const TherapistGrantAnswer = z.object({ grant: TherapistGrant });
export const TherapistGrantList = z.object({ items: z.array(TherapistGrant) });
export const GrantParams = z.strictObject({ grantId: Id });

export const AcceptTherapistInviteBody = z.strictObject({
  token: z.string().min(1, 'is required').max(200, 'is not an invite token'),
});

export const TherapistSpace = z.object({
  id: Id,
  partners: z.array(z.object({ id: Id, displayName: z.string() })),
  since: Instant,
});
export const TherapistSpaceAnswer = z.object({ space: TherapistSpace });
export const TherapistSpaceList = z.object({ items: z.array(TherapistSpace) });
export const SpaceParams = z.strictObject({ spaceId: Id });

/** One entry a therapist may see: a shared entry its author flagged for them. */
export const TherapistEntry = z.object({
  kind: z.string(),
  id: Id,
  authorId: Id.nullable(),
  day: Day.nullable(),
  createdAt: Instant,
  /** Ratings and short facts of the entry, by name. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  text: z.string().nullable(),
});
export type TherapistEntry = z.infer<typeof TherapistEntry>;
export const TherapistEntryList = z.object({ items: z.array(TherapistEntry) });

export const WriteTherapistNoteBody = z.strictObject({
  text: nonBlankText(THERAPIST_NOTE_MAX),
});
export const TherapistNote = z.object({
  id: Id,
  authorId: Id.nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: Instant,
});
export const TherapistNoteAnswer = z.object({ note: TherapistNote });
export const TherapistNoteList = z.object({ items: z.array(TherapistNote) });

export const AuditEvent = z.object({
  id: Id,
  memberId: Id.nullable(),
  /** The member's display name, when they are still around. */
  memberName: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  createdAt: Instant,
});
export const AuditEventList = z.object({ items: z.array(AuditEvent) });
