import type { FastifyInstance } from 'fastify';
import {
  NoticeList,
  NoticeParams,
  RevokedSessions,
  SessionList,
  SessionParams,
} from '../../../contract/sessions.js';
import {
  clearSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SessionService } from './service.js';

export function registerSessionRoutes(
  app: FastifyInstance,
  sessions: SessionService,
  cookie: SessionCookieOptions,
): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/sessions',
    operationId: 'listSessions',
    summary: 'Your active sessions: device, when it started, when it was last used',
    tag: 'sessions',
    auth: 'member',
    response: SessionList,
    handler: async ({ actor }) => ({ items: await sessions.list(actor) }),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/sessions/others',
    operationId: 'revokeOtherSessions',
    summary: 'Sign out everywhere else',
    tag: 'sessions',
    auth: 'member',
    response: RevokedSessions,
    handler: async ({ actor }) => ({ revoked: await sessions.revokeOthers(actor) }),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/sessions/:sessionId',
    operationId: 'revokeSession',
    summary: 'End one of your sessions (this one signs you out)',
    tag: 'sessions',
    auth: 'member',
    params: SessionParams,
    status: 204,
    handler: async ({ actor, params, reply }) => {
      const { current } = await sessions.revoke(actor, params.sessionId);
      if (current) clearSessionCookie(reply, cookie);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/notices',
    operationId: 'listNotices',
    summary: 'Notices not yet dismissed (a new sign-in, a changed password), newest first',
    tag: 'sessions',
    auth: 'member',
    response: NoticeList,
    handler: async ({ actor }) => ({ items: await sessions.notices(actor) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/notices/:noticeId/dismiss',
    operationId: 'dismissNotice',
    summary: 'Dismiss a notice',
    tag: 'sessions',
    auth: 'member',
    params: NoticeParams,
    status: 204,
    handler: async ({ actor, params }) => {
      await sessions.dismissNotice(actor, params.noticeId);
    },
  });
}
