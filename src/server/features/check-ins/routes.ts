import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { checkInOperations } from '../../../contract/operations/check-ins.js';
import type { CheckInService } from './service.js';

export function registerCheckInRoutes(app: FastifyInstance, checkIns: CheckInService): void {
  registerOperations(app, checkInOperations, {
    putCheckIn: async ({ actor, body }) => ({ checkIn: await checkIns.put(actor, body) }),
    listCheckIns: ({ actor, query }) => checkIns.list(actor, query),
    getCheckIn: async ({ actor, params }) => ({
      checkIn: await checkIns.get(actor, params.checkInId),
    }),
  });
}
