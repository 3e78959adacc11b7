import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { apologyOperations } from '../../../contract/operations/apologies.js';
import type { ApologyService } from './service.js';

export function registerApologyRoutes(app: FastifyInstance, apologies: ApologyService): void {
  registerOperations(app, apologyOperations, {
    writeImpactStatement: async ({ actor, params, body }) => ({
      impactStatement: await apologies.writeImpactStatement(actor, params.breachId, body),
    }),
    listImpactStatements: async ({ actor, params }) => ({
      items: await apologies.listImpactStatements(actor, params.breachId),
    }),
    editImpactStatement: async ({ actor, params, body }) => ({
      impactStatement: await apologies.editImpactStatement(actor, params.impactStatementId, body),
    }),
    writeApology: async ({ actor, params, body }) => ({
      apology: await apologies.writeApology(actor, params.breachId, body),
    }),
    listApologies: async ({ actor, params }) => ({
      items: await apologies.listApologies(actor, params.breachId),
    }),
    getApology: async ({ actor, params }) => ({
      apology: await apologies.getApology(actor, params.apologyId),
    }),
    editApology: async ({ actor, params, body }) => ({
      apology: await apologies.editApology(actor, params.apologyId, body),
    }),
    rateApology: async ({ actor, params, body }) => ({
      apology: await apologies.rateApology(actor, params.apologyId, body),
    }),
  });
}
