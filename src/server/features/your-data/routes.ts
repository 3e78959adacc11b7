import type { FastifyInstance } from 'fastify';
import {
  clearSessionCookie,
  type SessionCookieOptions,
} from '../../platform/auth/session-plugin.js';
import { registerOperations } from '../../platform/http/route.js';
import { yourDataOperations } from '../../../contract/operations/your-data.js';
import type { YourDataService } from './service.js';

export function registerYourDataRoutes(
  app: FastifyInstance,
  yourData: YourDataService,
  cookie: SessionCookieOptions,
): void {
  registerOperations(app, yourDataOperations, {
    exportMyData: async ({ actor, reply }) => {
      const document = await yourData.export(actor);
      void reply.header(
        'content-disposition',
        `attachment; filename="mend-export-${document.exportedAt.slice(0, 10)}.json"`,
      );
      return document;
    },
    viewMySummary: ({ actor }) => yourData.summary(actor),
    deleteAccount: async ({ actor, reply }) => {
      await yourData.deleteAccount(actor);
      clearSessionCookie(reply, cookie);
    },
  });
}
