import { z } from 'zod';
import { Id, Instant } from './common.js';
import { Member, Partner } from './accounts.js';

export const Space = z.object({
  id: Id,
  createdAt: Instant,
  partner: Partner.nullable(),
  /** Whether an unused, unexpired invite is waiting for the partner. */
  invitePending: z.boolean(),
});
export type Space = z.infer<typeof Space>;

export const SpaceAnswer = z.object({ space: Space });

/** `operator`: the account moderates the guide's comments and has no space (docs/decisions/048). */
export const MeAnswer = z.object({
  member: Member,
  space: Space.nullable(),
  operator: z.boolean(),
});
export type MeAnswer = z.infer<typeof MeAnswer>;

export const InviteAnswer = z.object({
  id: Id,
  token: z.string(),
  url: z.string(),
  expiresAt: Instant,
});
export type InviteAnswer = z.infer<typeof InviteAnswer>;

export const AcceptInviteBody = z.strictObject({
  token: z.string().min(1, 'is required').max(200, 'is not an invite token'),
});
