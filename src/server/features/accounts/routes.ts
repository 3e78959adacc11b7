import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MemberAnswer, SignInBody, SignUpBody, UpdateMeBody } from '../../../contract/accounts.js';
import { MeAnswer } from '../../../contract/spaces.js';
import {
  clearSessionCookie,
  sessionCookieName,
  setSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SpaceService } from '../spaces/service.js';
import type { AccountService, ClientInfo } from './service.js';

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
    summary: 'Sign in with e-mail and password',
    tag: 'accounts',
    auth: 'public',
    body: SignInBody,
    response: MemberAnswer,
    handler: async ({ body, request, reply }) => {
      const session = await accounts.signIn(body, clientOf(request));
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { member: session.member };
    },
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
