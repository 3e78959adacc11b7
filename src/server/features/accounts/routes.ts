import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ChangeEmailBody,
  ChangePasswordBody,
  CompleteSignInBody,
  MemberAnswer,
  ReauthenticateBody,
  SignInAnswer,
  SignInBody,
  SignInTicketBody,
  SignUpBody,
  UpdateMeBody,
} from '../../../contract/accounts.js';
import { PasskeyRequestOptionsAnswer } from '../../../contract/second-factor.js';
import { MeAnswer } from '../../../contract/spaces.js';
import {
  clearSessionCookie,
  sessionCookieName,
  setSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SpaceService } from '../spaces/service.js';
import type { AccountService } from './service.js';
import type { ClientInfo } from './sign-in-service.js';

export function registerAccountRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  spaces: SpaceService,
  cookie: SessionCookieOptions,
): void {
  const clientOf = (request: FastifyRequest): ClientInfo => ({
    address: request.ip,
    userAgent: request.headers['user-agent'],
    previousToken: request.cookies[sessionCookieName(cookie)],
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/accounts',
    operationId: 'signUp',
    summary: 'Create an account and sign in',
    tag: 'accounts',
    auth: 'public',
    body: SignUpBody,
    status: 201,
    response: MemberAnswer,
    handler: async ({ body, request, reply }) => {
      const session = await accounts.signUp(body, clientOf(request));
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { member: session.member };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/sessions',
    operationId: 'signIn',
    summary:
      'Sign in with e-mail and password. With a second factor on, the answer is a ticket for completeSignIn instead of a session',
    tag: 'accounts',
    auth: 'public',
    body: SignInBody,
    response: SignInAnswer,
    handler: async ({ body, request, reply }) => {
      const result = await accounts.signIn(body, clientOf(request));
      if (result.kind === 'second-factor') {
        return {
          secondFactorRequired: true as const,
          methods: result.methods,
          ticket: result.ticket,
          expiresAt: result.expiresAt.toISOString(),
        };
      }
      setSessionCookie(reply, cookie, result.session.token, result.session.expiresAt);
      return { member: result.session.member };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/sessions/second-factor',
    operationId: 'completeSignIn',
    summary: 'Sign-in, second step: the ticket and one of totp, recoveryCode or passkey',
    tag: 'accounts',
    auth: 'public',
    body: CompleteSignInBody,
    response: MemberAnswer,
    handler: async ({ body, request, reply }) => {
      const session = await accounts.completeSignIn(body, clientOf(request));
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { member: session.member };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/sessions/second-factor/passkey-options',
    operationId: 'startPasskeySignIn',
    summary: 'Options for navigator.credentials.get() in sign-in’s second step',
    tag: 'accounts',
    auth: 'public',
    body: SignInTicketBody,
    response: PasskeyRequestOptionsAnswer,
    handler: async ({ body, request }) => ({
      options: await accounts.signInPasskeyOptions(body.ticket, clientOf(request)),
    }),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/sessions/current',
    operationId: 'signOut',
    summary: 'Sign out on this device',
    tag: 'accounts',
    auth: 'member',
    status: 204,
    handler: async ({ actor, reply }) => {
      await accounts.signOut(actor);
      clearSessionCookie(reply, cookie);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/me/reauthenticate',
    operationId: 'reauthenticate',
    summary:
      'Confirm it is you (password, and the second factor when one is on) before a sensitive change; renews the session id',
    tag: 'accounts',
    auth: 'member',
    body: ReauthenticateBody,
    status: 204,
    handler: async ({ actor, body, reply }) => {
      const rotated = await accounts.reauthenticate(actor, body);
      setSessionCookie(reply, cookie, rotated.token, rotated.expiresAt);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/me/reauthenticate/passkey-options',
    operationId: 'startPasskeyReauthentication',
    summary: 'Options for navigator.credentials.get() when confirming it is you',
    tag: 'accounts',
    auth: 'member',
    response: PasskeyRequestOptionsAnswer,
    handler: async ({ actor }) => ({ options: await accounts.reauthPasskeyOptions(actor) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/me/email',
    operationId: 'changeEmail',
    summary: 'Change your e-mail (needs recent re-authentication)',
    tag: 'accounts',
    auth: 'member',
    body: ChangeEmailBody,
    response: MemberAnswer,
    handler: async ({ actor, body }) => ({ member: await accounts.changeEmail(actor, body) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/me/password',
    operationId: 'changePassword',
    summary:
      'Change your password (needs recent re-authentication); signs out every other session and renews this one',
    tag: 'accounts',
    auth: 'member',
    body: ChangePasswordBody,
    status: 204,
    handler: async ({ actor, body, reply }) => {
      const rotated = await accounts.changePassword(actor, body);
      setSessionCookie(reply, cookie, rotated.token, rotated.expiresAt);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/me',
    operationId: 'getMe',
    summary: 'The signed-in member and their space',
    tag: 'accounts',
    auth: 'member',
    response: MeAnswer,
    handler: async ({ actor }) => ({
      member: await accounts.getMember(actor),
      space: await spaces.current(actor),
    }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/me',
    operationId: 'updateMe',
    summary: 'Change display name or time zone',
    tag: 'accounts',
    auth: 'member',
    body: UpdateMeBody,
    response: MemberAnswer,
    handler: async ({ actor, body }) => ({ member: await accounts.updateMe(actor, body) }),
  });
}
