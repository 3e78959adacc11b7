/** E-mail and accounts operations (issue 11): one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

/** Served by features/email-confirmation. */
export const emailConfirmationOperations = defineOperations('accounts', {
  confirmEmail: {
    method: 'POST',
    path: '/api/v1/email-confirmations',
    summary:
      'Follow a link from an e-mail that confirms an address: a sign-up (opens the account and signs in) or a new address (it takes effect)',
    auth: 'public',
    body: 'ConfirmEmailBody',
    response: 'ConfirmEmailAnswer',
  },
});

/** Served by features/password-reset. */
export const passwordResetOperations = defineOperations('accounts', {
  requestPasswordReset: {
    method: 'POST',
    path: '/api/v1/password-resets',
    summary: 'Ask for a password-reset link; the same answer for every address',
    auth: 'public',
    status: 202,
    body: 'PasswordResetBody',
    response: 'CheckYourEmail',
  },
  completePasswordReset: {
    method: 'POST',
    path: '/api/v1/password-resets/complete',
    summary:
      'Set a new password with the token from the reset link; every session ends and no new one is opened: sign in next',
    auth: 'public',
    body: 'CompletePasswordResetBody',
    response: 'PasswordResetDone',
  },
});

/** Served by features/mail-preferences. */
export const mailPreferenceOperations = defineOperations('mail', {
  unsubscribe: {
    method: 'POST',
    path: '/api/v1/mail/unsubscribe',
    summary:
      'One-click unsubscribe (RFC 8058): turns one kind of e-mail off for the address the link was sent to',
    auth: 'public',
    query: 'UnsubscribeQuery',
    body: 'UnsubscribeBody',
    response: 'UnsubscribeAnswer',
  },
});
