import type { FastifyInstance } from 'fastify';
import { ExportDocument } from '../../../contract/your-data.js';
import {
  clearSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { defineRoute } from '../../platform/http/route.js';
import type { YourDataService } from './service.js';

export function registerYourDataRoutes(
  app: FastifyInstance,
  yourData: YourDataService,
  cookie: SessionCookieOptions,
): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/me/export',
    operationId: 'exportMyData',
    summary: 'Download everything that is yours as JSON (needs a recent sign-in or password)',
    tag: 'your data',
    auth: 'member',
    response: ExportDocument,
    handler: async ({ actor, reply }) => {
      const document = await yourData.export(actor);
      void reply.header(
        'content-disposition',
        `attachment; filename="mend-export-${document.exportedAt.slice(0, 10)}.json"`,
      );
      return document;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/me',
    operationId: 'deleteAccount',
    summary: 'Delete your account and everything that is yours, at once',
    tag: 'your data',
    auth: 'member',
    status: 204,
    handler: async ({ actor, reply }) => {
      await yourData.deleteAccount(actor);
      clearSessionCookie(reply, cookie);
    },
  });
}
