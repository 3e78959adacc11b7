import type { FastifyInstance, FastifyRequest } from 'fastify';
import { emailConfirmationOperations } from '../../../contract/operations/mail.js';
import {
  sessionCookieName,
  setSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { registerOperations } from '../../platform/http/route.js';
import type { ClientInfo } from '../accounts/sign-in-service.js';
import type { EmailConfirmationService } from './service.js';

export function registerEmailConfirmationRoutes(
  app: FastifyInstance,
  confirmations: EmailConfirmationService,
  cookie: SessionCookieOptions,
): void {
  const clientOf = (request: FastifyRequest): ClientInfo => ({
    address: request.ip,
    userAgent: request.headers['user-agent'],
    previousToken: request.cookies[sessionCookieName(cookie)],
  });

  registerOperations(app, emailConfirmationOperations, {
    confirmEmail: async ({ body, request, reply }) => {
      const { answer, session } = await confirmations.confirm(body.token, clientOf(request));
      if (session) setSessionCookie(reply, cookie, session.token, session.expiresAt);
      return answer;
    },
  });
}
