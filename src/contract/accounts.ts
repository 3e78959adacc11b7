import { z } from 'zod';
import { DisplayName, Email, Id, TimeZone } from './common.js';

/** Length rules live in the domain policy; the schema only caps absurd input. */
const Password = z.string().min(1, 'is required').max(1024, 'is too long');

export const SignUpBody = z.strictObject({
  email: Email,
  displayName: DisplayName,
  password: Password,
  timeZone: TimeZone,
});

export const SignInBody = z.strictObject({
  email: Email,
  password: Password,
});

export const UpdateMeBody = z.strictObject({
  displayName: DisplayName.optional(),
  timeZone: TimeZone.optional(),
});

export const Member = z.object({
  id: Id,
  displayName: z.string(),
  email: z.string(),
  timeZone: z.string(),
});
export type Member = z.infer<typeof Member>;

/** What a partner sees of the other: a name, nothing else. */
export const Partner = z.object({
  id: Id,
  displayName: z.string(),
});
export type Partner = z.infer<typeof Partner>;

export const MemberAnswer = z.object({ member: Member });
