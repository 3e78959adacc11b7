import type { FastifyInstance } from 'fastify';
import {
  ApologyAnswer,
  ApologyList,
  ApologyParams,
  EditApologyBody,
  EditImpactStatementBody,
  ImpactStatementAnswer,
  ImpactStatementList,
  ImpactStatementParams,
  RateApologyBody,
  WriteApologyBody,
  WriteImpactStatementBody,
} from '../../../contract/repair/apologies.js';
import { BreachParams } from '../../../contract/repair/breaches.js';
import { defineRoute } from '../../platform/http/route.js';
import type { ApologyService } from './service.js';

export function registerApologyRoutes(app: FastifyInstance, apologies: ApologyService): void {
  const tag = 'apologies';

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/breaches/:breachId/impact-statements',
    operationId: 'writeImpactStatement',
    summary: 'As the hurt partner, write how this affected you (a revision is a new version)',
    tag,
    auth: 'member',
    params: BreachParams,
    body: WriteImpactStatementBody,
    status: 201,
    response: ImpactStatementAnswer,
    handler: async ({ actor, params, body }) => ({
      impactStatement: await apologies.writeImpactStatement(actor, params.breachId, body),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/breaches/:breachId/impact-statements',
    operationId: 'listImpactStatements',
    summary: 'Every version of the impact statements of a breach',
    tag,
    auth: 'member',
    params: BreachParams,
    response: ImpactStatementList,
    handler: async ({ actor, params }) => ({
      items: await apologies.listImpactStatements(actor, params.breachId),
    }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/impact-statements/:impactStatementId',
    operationId: 'editImpactStatement',
    summary: 'Correct your newest impact statement until an apology answers it',
    tag,
    auth: 'member',
    params: ImpactStatementParams,
    body: EditImpactStatementBody,
    response: ImpactStatementAnswer,
    handler: async ({ actor, params, body }) => ({
      impactStatement: await apologies.editImpactStatement(actor, params.impactStatementId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/breaches/:breachId/apologies',
    operationId: 'writeApology',
    summary: 'As the partner who broke trust, answer an impact statement with an apology',
    tag,
    auth: 'member',
    params: BreachParams,
    body: WriteApologyBody,
    status: 201,
    response: ApologyAnswer,
    handler: async ({ actor, params, body }) => ({
      apology: await apologies.writeApology(actor, params.breachId, body),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/breaches/:breachId/apologies',
    operationId: 'listApologies',
    summary: 'Every version of the apologies of a breach, each beside its impact statement',
    tag,
    auth: 'member',
    params: BreachParams,
    response: ApologyList,
    handler: async ({ actor, params }) => ({
      items: await apologies.listApologies(actor, params.breachId),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/apologies/:apologyId',
    operationId: 'getApology',
    summary: 'One apology, with the impact statement it answers beside it',
    tag,
    auth: 'member',
    params: ApologyParams,
    response: ApologyAnswer,
    handler: async ({ actor, params }) => ({
      apology: await apologies.getApology(actor, params.apologyId),
    }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/apologies/:apologyId',
    operationId: 'editApology',
    summary: 'Correct your newest apology until it is rated',
    tag,
    auth: 'member',
    params: ApologyParams,
    body: EditApologyBody,
    response: ApologyAnswer,
    handler: async ({ actor, params, body }) => ({
      apology: await apologies.editApology(actor, params.apologyId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/apologies/:apologyId/rating',
    operationId: 'rateApology',
    summary:
      'As the hurt partner, say how understood you feel, and ask for another try if you like',
    tag,
    auth: 'member',
    params: ApologyParams,
    body: RateApologyBody,
    status: 201,
    response: ApologyAnswer,
    handler: async ({ actor, params, body }) => ({
      apology: await apologies.rateApology(actor, params.apologyId, body),
    }),
  });
}
