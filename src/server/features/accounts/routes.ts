import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  clearSessionCookie,
  sessionCookieName,
  setSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { registerOperations } from '../../platform/http/route.js';
import { accountOperations } from '../../../contract/operations/accounts.js';
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

  registerOperations(app, accountOperations, {
    signUp: async ({ body, request, reply }) => {
      const result = await accounts.signUp(body, clientOf(request));
      if (result.kind === 'check-your-email') {
        // Accepted, not created: the account opens from the mailed link.
        void reply.status(202);
        return { status: 'check-your-email' as const };
      }
      const { session } = result;
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { member: session.member };
    },
    signIn: async ({ body, request, reply }) => {
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
    completeSignIn: async ({ body, request, reply }) => {
      const session = await accounts.completeSignIn(body, clientOf(request));
      setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return { member: session.member };
    },
    startPasskeySignIn: async ({ body, request }) => ({
      options: await accounts.signInPasskeyOptions(body.ticket, clientOf(request)),
    }),
    signOut: async ({ actor, reply }) => {
      await accounts.signOut(actor);
      clearSessionCookie(reply, cookie);
    },
    reauthenticate: async ({ actor, body, reply }) => {
      const rotated = await accounts.reauthenticate(actor, body);
      setSessionCookie(reply, cookie, rotated.token, rotated.expiresAt);
    },
    startPasskeyReauthentication: async ({ actor }) => ({
      options: await accounts.reauthPasskeyOptions(actor),
    }),
    changeEmail: ({ actor, body }) => accounts.changeEmail(actor, body),
    changePassword: async ({ actor, body, reply }) => {
      const rotated = await accounts.changePassword(actor, body);
      setSessionCookie(reply, cookie, rotated.token, rotated.expiresAt);
    },
    getMe: async ({ actor }) => {
      const member = await accounts.getMember(actor);
      return { member, space: await spaces.current(actor), operator: member.role === 'operator' };
    },
    updateMe: async ({ actor, body }) => ({ member: await accounts.updateMe(actor, body) }),
  });
}
