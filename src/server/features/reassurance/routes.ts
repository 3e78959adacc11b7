import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { reassuranceOperations } from '../../../contract/operations/reassurance.js';
import type { ReassuranceService } from './service.js';

export function registerReassuranceRoutes(app: FastifyInstance, reassurance: ReassuranceService) {
  registerOperations(app, reassuranceOperations, {
    askForReassurance: async ({ actor }) => ({ request: await reassurance.ask(actor) }),
    listReassurance: async ({ actor }) => reassurance.list(actor),
  });
}
