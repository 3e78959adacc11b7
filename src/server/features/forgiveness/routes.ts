import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { forgivenessOperations } from '../../../contract/operations/forgiveness.js';
import type { ForgivenessService } from './service.js';

export function registerForgivenessRoutes(
  app: FastifyInstance,
  forgiveness: ForgivenessService,
): void {
  registerOperations(app, forgivenessOperations, {
    getReflections: async ({ actor }) => forgiveness.overview(actor),
    writeReflection: async ({ actor, body }) => ({
      reflection: await forgiveness.write(actor, body),
    }),
    getReflection: async ({ actor, params }) => ({
      reflection: await forgiveness.get(actor, params.reflectionId),
    }),
    shareReflection: async ({ actor, params, body }) => ({
      reflection: await forgiveness.share(actor, params.reflectionId, body),
    }),
    getForgivenessStatements: async ({ actor }) => forgiveness.statements(actor),
    putForgivenessStatement: async ({ actor, body }) => ({
      statement: await forgiveness.putStatement(actor, body),
    }),
    shareForgivenessStatement: async ({ actor, body }) => ({
      statement: await forgiveness.shareStatement(actor, body),
    }),
  });
}
