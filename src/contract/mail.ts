/**
 * E-mail and accounts (issue 11): verified sign-up, password reset, the
 * confirmed e-mail change, one-click unsubscribe and the partner invite by
 * e-mail. The answers that follow an address (sign-up with verification, a
 * reset request, an invite sent) are the same whatever the address is.
 */
import { z } from 'zod';
import { Email } from './common.js';
import { Member, MemberAnswer } from './accounts.js';

/** A token from a mailed link: 256 random bits, base64url. */
const LinkToken = z
  .string()
  .min(1, 'is required')
  .max(100, 'is not a link from Mend')
  .meta({ description: 'The token from the link in the e-mail; single-use.' });

/** The one answer when a mail may have gone (or not): it says nothing about the address. */
export const CheckYourEmail = z.object({ status: z.literal('check-your-email') });

/** Without SMTP the account opens at once (a session); with it, the confirmation link goes out. */
export const SignUpAnswer = z.union([MemberAnswer, CheckYourEmail]);

export const ConfirmEmailBody = z.strictObject({ token: LinkToken });

export const ConfirmEmailAnswer = z.union([
  z.object({ confirmed: z.literal('sign-up'), member: Member }),
  z.object({ confirmed: z.literal('email-change') }),
]);

export const PasswordResetBody = z.strictObject({ email: Email });

export const CompletePasswordResetBody = z.strictObject({
  token: LinkToken,
  newPassword: z.string().min(1, 'is required').max(1024, 'is too long'),
});

/** A reset never signs in: the member signs in with the new password (and the second factor). */
export const PasswordResetDone = z.object({ status: z.literal('sign-in') });

export const ChangeEmailAnswer = z.object({
  member: Member,
  /** True when the change waits for the link sent to the new address. */
  confirmationSent: z.boolean(),
});

export const UnsubscribeQuery = z.strictObject({
  token: z.string().min(1, 'is required').max(300, 'is not an unsubscribe link'),
});

/** RFC 8058: the one-click POST carries exactly this field. */
export const UnsubscribeBody = z.strictObject({
  'List-Unsubscribe': z.literal('One-Click', { error: 'must be One-Click' }),
});

export const UnsubscribeAnswer = z.object({ status: z.literal('turned-off') });

export const SendInviteBody = z.strictObject({
  token: z.string().min(1, 'is required').max(200, 'is not an invite token'),
  email: Email,
});
