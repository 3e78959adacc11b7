import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { breachOperations } from '../../../contract/operations/breaches.js';
import type { AcknowledgmentService } from './acknowledgment-service.js';
import type { BreachService } from './service.js';

export function registerBreachRoutes(
  app: FastifyInstance,
  breaches: BreachService,
  acknowledgments: AcknowledgmentService,
): void {
  registerOperations(app, breachOperations, {
    recordBreach: async ({ actor, body }) => ({ breach: await breaches.record(actor, body) }),
    listBreaches: async ({ actor }) => ({ items: await breaches.list(actor) }),
    getBreach: async ({ actor, params }) => ({
      breach: await breaches.get(actor, params.breachId),
    }),
    editBreach: async ({ actor, params, body }) => ({
      breach: await breaches.edit(actor, params.breachId, body),
    }),
    rateBreachSeverity: async ({ actor, params, body }) => ({
      severity: await breaches.rateSeverity(actor, params.breachId, body),
    }),
    writeAcknowledgment: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.write(actor, params.breachId, body),
    }),
    listAcknowledgments: async ({ actor, params }) => ({
      items: await acknowledgments.list(actor, params.breachId),
    }),
    editAcknowledgment: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.edit(actor, params.acknowledgmentId, body),
    }),
    respondToAcknowledgment: async ({ actor, params, body }) => ({
      acknowledgment: await acknowledgments.respond(actor, params.acknowledgmentId, body),
    }),
  });
}
