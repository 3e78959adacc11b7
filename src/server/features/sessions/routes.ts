import type { FastifyInstance } from 'fastify';
import {
  clearSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { registerOperations } from '../../platform/http/route.js';
import { sessionOperations } from '../../../contract/operations/sessions.js';
import type { SessionService } from './service.js';

export function registerSessionRoutes(
  app: FastifyInstance,
  sessions: SessionService,
  cookie: SessionCookieOptions,
): void {
  registerOperations(app, sessionOperations, {
    listSessions: async ({ actor }) => ({ items: await sessions.list(actor) }),
    revokeOtherSessions: async ({ actor }) => ({ revoked: await sessions.revokeOthers(actor) }),
    revokeSession: async ({ actor, params, reply }) => {
      const { current } = await sessions.revoke(actor, params.sessionId);
      if (current) clearSessionCookie(reply, cookie);
    },
    listNotices: async ({ actor }) => ({ items: await sessions.notices(actor) }),
    dismissNotice: async ({ actor, params }) => {
      await sessions.dismissNotice(actor, params.noticeId);
    },
  });
}
