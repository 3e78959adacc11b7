/**
 * The subscription's addresses: plain HTML forms that work without
 * JavaScript. A post answers 303 (Post/Redirect/Get) or shows its page again
 * with 422 and the address kept; a confirmation link's GET only asks.
 */
import type { FastifyInstance } from 'fastify';
import {
  acceptFormBodies,
  formField,
  PUBLIC_ROUTE,
  queryField,
  sendPage,
} from '../guide/plain-forms.js';
import type { GuideSite } from '../guide/site.js';
import { confirmPage, linkGonePage, subscribePage, unsubscribePage } from './pages.js';
import type { SubscriptionService } from './service.js';

export function registerSubscriptionRoutes(
  app: FastifyInstance,
  site: GuideSite,
  subscriptions: SubscriptionService,
): void {
  void app.register(async (scope) => {
    acceptFormBodies(scope);

    scope.get('/guide/subscribe', PUBLIC_ROUTE, async (request, reply) => {
      const status = queryField(request, 'status');
      return sendPage(
        reply,
        200,
        subscribePage(site.info, {
          ...(status === 'sent' || status === 'confirmed' ? { status } : {}),
        }),
      );
    });

    scope.post('/guide/subscribe', PUBLIC_ROUTE, async (request, reply) => {
      const result = await subscriptions.subscribe(
        formField(request.body, 'email'),
        formField(request.body, 'homepage'),
        request.ip,
      );
      if (result.kind === 'invalid')
        return sendPage(
          reply,
          422,
          subscribePage(site.info, { email: result.email, problem: result.message }),
        );
      return reply.redirect('/guide/subscribe?status=sent#subscribe-status', 303);
    });

    scope.get('/guide/subscribe/confirm', PUBLIC_ROUTE, async (request, reply) => {
      const token = queryField(request, 'token');
      if (!(await subscriptions.linkWorks(token)))
        return sendPage(reply, 410, linkGonePage(site.info));
      return sendPage(reply, 200, confirmPage(site.info, token));
    });

    scope.post('/guide/subscribe/confirm', PUBLIC_ROUTE, async (request, reply) => {
      if (!(await subscriptions.confirm(formField(request.body, 'token'))))
        return sendPage(reply, 410, linkGonePage(site.info));
      return reply.redirect('/guide/subscribe?status=confirmed#subscribe-status', 303);
    });

    scope.get('/guide/unsubscribe', PUBLIC_ROUTE, async (request, reply) =>
      sendPage(
        reply,
        200,
        unsubscribePage(site.info, { done: queryField(request, 'status') === 'done' }),
      ),
    );

    scope.post('/guide/unsubscribe', PUBLIC_ROUTE, async (request, reply) => {
      const email = formField(request.body, 'email');
      const result = await subscriptions.unsubscribe(email);
      if (!result.ok)
        return sendPage(reply, 422, unsubscribePage(site.info, { email, problem: result.message }));
      return reply.redirect('/guide/unsubscribe?status=done#unsubscribe-status', 303);
    });
  });
}
