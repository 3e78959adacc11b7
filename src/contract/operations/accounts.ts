/** The accounts operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const accountOperations = defineOperations('accounts', {
  signUp: {
    method: 'POST',
    path: '/api/v1/accounts',
    summary:
      'Create an account. Without SMTP it signs in at once (201 and the member); with SMTP it answers 202 check-your-email, the same for every address, and the account opens from the link',
    auth: 'public',
    status: 201,
    body: 'SignUpBody',
    response: 'SignUpAnswer',
  },
  signIn: {
    method: 'POST',
    path: '/api/v1/sessions',
    summary:
      'Sign in with e-mail and password. With a second factor on, the answer is a ticket for completeSignIn instead of a session',
    auth: 'public',
    body: 'SignInBody',
    response: 'SignInAnswer',
  },
  completeSignIn: {
    method: 'POST',
    path: '/api/v1/sessions/second-factor',
    summary: 'Sign-in, second step: the ticket and one of totp, recoveryCode or passkey',
    auth: 'public',
    body: 'CompleteSignInBody',
    response: 'MemberAnswer',
  },
  startPasskeySignIn: {
    method: 'POST',
    path: '/api/v1/sessions/second-factor/passkey-options',
    summary: 'Options for navigator.credentials.get() in sign-in’s second step',
    auth: 'public',
    body: 'SignInTicketBody',
    response: 'PasskeyRequestOptionsAnswer',
  },
  signOut: {
    method: 'DELETE',
    path: '/api/v1/sessions/current',
    summary: 'Sign out on this device',
    auth: 'member',
    status: 204,
  },
  reauthenticate: {
    method: 'POST',
    path: '/api/v1/me/reauthenticate',
    summary:
      'Confirm it is you (password, and the second factor when one is on) before a sensitive change; renews the session id',
    auth: 'member',
    status: 204,
    body: 'ReauthenticateBody',
  },
  startPasskeyReauthentication: {
    method: 'POST',
    path: '/api/v1/me/reauthenticate/passkey-options',
    summary: 'Options for navigator.credentials.get() when confirming it is you',
    auth: 'member',
    response: 'PasskeyRequestOptionsAnswer',
  },
  changeEmail: {
    method: 'PUT',
    path: '/api/v1/me/email',
    summary:
      'Change your e-mail (needs recent re-authentication). With SMTP the new address is confirmed by a link before it takes effect, and the old one gets a notice',
    auth: 'member',
    body: 'ChangeEmailBody',
    response: 'ChangeEmailAnswer',
  },
  changePassword: {
    method: 'PUT',
    path: '/api/v1/me/password',
    summary:
      'Change your password (needs recent re-authentication); signs out every other session and renews this one',
    auth: 'member',
    status: 204,
    body: 'ChangePasswordBody',
  },
  getMe: {
    method: 'GET',
    path: '/api/v1/me',
    summary: 'The signed-in member and their space',
    auth: 'member',
    response: 'MeAnswer',
  },
  updateMe: {
    method: 'PATCH',
    path: '/api/v1/me',
    summary: 'Change display name or time zone',
    auth: 'member',
    body: 'UpdateMeBody',
    response: 'MemberAnswer',
  },
});
