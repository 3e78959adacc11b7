import type { FastifyInstance } from 'fastify';
import {
  AcknowledgmentAnswer,
  AcknowledgmentList,
  AcknowledgmentParams,
  BreachAnswer,
  BreachList,
  BreachParams,
  EditAcknowledgmentBody,
  EditBreachBody,
  RateBreachSeverityBody,
  RecordBreachBody,
  RespondToAcknowledgmentBody,
  SeverityAnswer,
  WriteAcknowledgmentBody,
} from '../../../contract/repair/breaches.js';
import { defineRoute } from '../../platform/http/route.js';
import type { AcknowledgmentService } from './acknowledgment-service.js';
import type { BreachService } from './service.js';

export function registerBreachRoutes(
  app: FastifyInstance,
  breaches: BreachService,
  acknowledgments: AcknowledgmentService,
): void {
  const tag = 'breaches';

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/breaches',
    operationId: 'recordBreach',
    summary: 'Record a breach: what happened, and who broke trust (roles are per breach)',
    tag,
    auth: 'member',
    body: RecordBreachBody,
    status: 201,
    response: BreachAnswer,
    handler: async ({ actor, body }) => ({ breach: await breaches.record(actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/breaches',
    operationId: 'listBreaches',
    summary: 'The breaches recorded in your space, oldest first',
    tag,
    auth: 'member',
    response: BreachList,
    handler: async ({ actor }) => ({ items: await breaches.list(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/breaches/:breachId',
    operationId: 'getBreach',
    summary: 'One breach, with your roles in it and your severity rating',
    tag,
    auth: 'member',
    params: BreachParams,
    response: BreachAnswer,
    handler: async ({ actor, params }) => ({ breach: await breaches.get(actor, params.breachId) }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/breaches/:breachId',
    operationId: 'editBreach',
    summary: 'Correct a breach you recorded, until it is acknowledged',
    tag,
    auth: 'member',
    params: BreachParams,
    body: EditBreachBody,
    response: BreachAnswer,
    handler: async ({ actor, params, body }) => ({
      breach: await breaches.edit(actor, params.breachId, body),
    }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/breaches/:breachId/my-severity',
    operationId: 'rateBreachSeverity',
    summary: 'Rate how serious the breach is to you (private unless you share it)',
    tag,
    auth: 'member',
    params: BreachParams,
    body: RateBreachSeverityBody,
    response: SeverityAnswer,
    handler: async ({ actor, params, body }) => ({
      severity: await breaches.rateSeverity(actor, params.breachId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/breaches/:breachId/acknowledgments',
    operationId: 'writeAcknowledgment',
    summary: 'As the partner who broke trust, describe what happened (a revision is a new version)',
    tag,
    auth: 'member',
    params: BreachParams,
    body: WriteAcknowledgmentBody,
    status: 201,
    response: AcknowledgmentAnswer,
    handler: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.write(actor, params.breachId, body),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/breaches/:breachId/acknowledgments',
    operationId: 'listAcknowledgments',
    summary: 'Every version of the acknowledgments of a breach, with the answers',
    tag,
    auth: 'member',
    params: BreachParams,
    response: AcknowledgmentList,
    handler: async ({ actor, params }) => ({
      items: await acknowledgments.list(actor, params.breachId),
    }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/acknowledgments/:acknowledgmentId',
    operationId: 'editAcknowledgment',
    summary: 'Correct your newest acknowledgment while it is unanswered',
    tag,
    auth: 'member',
    params: AcknowledgmentParams,
    body: EditAcknowledgmentBody,
    response: AcknowledgmentAnswer,
    handler: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.edit(actor, params.acknowledgmentId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/acknowledgments/:acknowledgmentId/response',
    operationId: 'respondToAcknowledgment',
    summary: 'As the hurt partner, say “this is accurate” or “something is missing”',
    tag,
    auth: 'member',
    params: AcknowledgmentParams,
    body: RespondToAcknowledgmentBody,
    status: 201,
    response: AcknowledgmentAnswer,
    handler: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.respond(actor, params.acknowledgmentId, body),
    }),
  });
}
