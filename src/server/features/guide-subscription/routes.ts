/**
 * The subscription's addresses: plain HTML forms that work without
 * JavaScript. A post answers 303 (Post/Redirect/Get) or shows its page again
 * with 422 and the address kept; a confirmation link's GET only asks.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptFormBodies, formField } from '../guide/form-body.js';
import type { GuideSite } from '../guide/site.js';
import { confirmPage, linkGonePage, subscribePage, unsubscribePage } from './pages.js';
import type { SubscriptionService } from './service.js';

const HTML = 'text/html; charset=utf-8';

const queryText = (request: FastifyRequest, key: string): string => {
  const value = (request.query as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
};

export function registerSubscriptionRoutes(
  app: FastifyInstance,
  site: GuideSite,
  subscriptions: SubscriptionService,
): void {
  const public_ = { config: { auth: 'public' as const } };
  const send = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).header('cache-control', 'no-store').type(HTML).send(body);

  void app.register(async (scope) => {
    acceptFormBodies(scope);

    scope.get('/guide/subscribe', public_, async (request, reply) => {
      const status = queryText(request, 'status');
      return send(
        reply,
        200,
        subscribePage(site.info, {
          ...(status === 'sent' || status === 'confirmed' ? { status } : {}),
        }),
      );
    });

    scope.post('/guide/subscribe', public_, async (request, reply) => {
      const result = await subscriptions.subscribe(
        formField(request.body, 'email'),
        formField(request.body, 'homepage'),
        request.ip,
      );
      if (result.kind === 'invalid')
        return send(
          reply,
          422,
          subscribePage(site.info, { email: result.email, problem: result.message }),
        );
      return reply.redirect('/guide/subscribe?status=sent#subscribe-status', 303);
    });

    scope.get('/guide/subscribe/confirm', public_, async (request, reply) => {
      const token = queryText(request, 'token');
      if (!(await subscriptions.linkWorks(token))) return send(reply, 410, linkGonePage(site.info));
      return send(reply, 200, confirmPage(site.info, token));
    });

    scope.post('/guide/subscribe/confirm', public_, async (request, reply) => {
      if (!(await subscriptions.confirm(formField(request.body, 'token'))))
        return send(reply, 410, linkGonePage(site.info));
      return reply.redirect('/guide/subscribe?status=confirmed#subscribe-status', 303);
    });

    scope.get('/guide/unsubscribe', public_, async (request, reply) =>
      send(
        reply,
        200,
        unsubscribePage(site.info, { done: queryText(request, 'status') === 'done' }),
      ),
    );

    scope.post('/guide/unsubscribe', public_, async (request, reply) => {
      const email = formField(request.body, 'email');
      const result = await subscriptions.unsubscribe(email);
      if (!result.ok)
        return send(reply, 422, unsubscribePage(site.info, { email, problem: result.message }));
      return reply.redirect('/guide/unsubscribe?status=done#unsubscribe-status', 303);
    });
  });
}
