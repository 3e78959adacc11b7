import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { needOperations } from '../../../contract/operations/needs.js';
import type { NeedService } from './service.js';

export function registerNeedRoutes(app: FastifyInstance, needs: NeedService): void {
  registerOperations(app, needOperations, {
    listNeeds: async ({ actor }) => ({ items: await needs.list(actor) }),
    createNeed: async ({ actor, body }) => ({ need: await needs.create(actor, body) }),
    getNeed: async ({ actor, params }) => ({ need: await needs.get(actor, params.needId) }),
    reviseNeed: async ({ actor, params, body }) => ({
      need: await needs.revise(actor, params.needId, body),
    }),
    acknowledgeNeed: async ({ actor, params }) => ({
      need: await needs.acknowledge(actor, params.needId),
    }),
    retireNeed: async ({ actor, params }) => ({ need: await needs.retire(actor, params.needId) }),
  });
}
