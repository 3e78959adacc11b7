import { z } from 'zod';
import { DisplayName, Email, Id, Instant, TimeZone } from './common.js';
import {
  proofCount,
  SecondFactorMethod,
  SecondFactorProofFields,
  type SecondFactorProof,
} from './second-factor.js';

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

/** A sign-in ticket: 256 random bits, base64url. */
const Ticket = z
  .string()
  .min(1, 'is required')
  .max(100, 'is not a sign-in ticket')
  .meta({ description: 'The ticket from signIn; single-use, valid for five minutes.' });

/** The right password, but a second factor is on: no session yet. */
export const SecondFactorRequired = z.object({
  secondFactorRequired: z.literal(true),
  methods: z.array(SecondFactorMethod),
  ticket: Ticket,
  expiresAt: Instant,
});

export const SignInAnswer = z.union([MemberAnswer, SecondFactorRequired]);

const exactlyOneProof = (value: SecondFactorProof, ctx: z.RefinementCtx) => {
  if (proofCount(value) !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['totp'],
      message: 'give exactly one of totp, recoveryCode or passkey',
    });
  }
};

const atMostOneProof = (value: SecondFactorProof, ctx: z.RefinementCtx) => {
  if (proofCount(value) > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['totp'],
      message: 'give at most one of totp, recoveryCode or passkey',
    });
  }
};

export const CompleteSignInBody = z
  .strictObject({ ticket: Ticket, ...SecondFactorProofFields })
  .superRefine(exactlyOneProof);

export const SignInTicketBody = z.strictObject({ ticket: Ticket });

export const ReauthenticateBody = z
  .strictObject({ password: Password, ...SecondFactorProofFields })
  .superRefine(atMostOneProof);

export const ChangeEmailBody = z.strictObject({ email: Email });

export const ChangePasswordBody = z.strictObject({ newPassword: Password });
