import type { FastifyInstance } from 'fastify';
import { mailPreferenceOperations } from '../../../contract/operations/mail.js';
import { registerOperations } from '../../platform/http/route.js';
import { UNSUBSCRIBE_PATH } from '../../platform/mail/unsubscribe.js';
import type { MailPreferenceService } from './service.js';

export async function registerMailPreferenceRoutes(
  app: FastifyInstance,
  preferences: MailPreferenceService,
): Promise<void> {
  // In its own scope: only this route reads a form body (RFC 8058's
  // `List-Unsubscribe=One-Click`); every other route takes JSON alone.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );
    registerOperations(scope, mailPreferenceOperations, {
      unsubscribe: async ({ query }) => {
        await preferences.unsubscribe(query.token);
        return { status: 'turned-off' as const };
      },
    });
    // A person (or a mail scanner) opening the header's address: nothing
    // changes on GET; the page asks first. The token moves to the fragment.
    scope.get<{ Querystring: { token?: unknown } }>(
      UNSUBSCRIBE_PATH,
      { config: { auth: 'public' } },
      async (request, reply) => {
        const token = typeof request.query.token === 'string' ? request.query.token : '';
        return reply
          .header('referrer-policy', 'no-referrer')
          .redirect(`/mail/unsubscribe#token=${encodeURIComponent(token.slice(0, 300))}`, 303);
      },
    );
  });
}
