import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { setbackOperations } from '../../../contract/operations/setbacks.js';
import type { SetbackService } from './service.js';

export function registerSetbackRoutes(app: FastifyInstance, setbacks: SetbackService): void {
  registerOperations(app, setbackOperations, {
    logSetback: async ({ actor, body }) => ({ setback: await setbacks.log(actor, body) }),
    listSetbacks: async ({ actor }) => ({ items: await setbacks.list(actor) }),
    getSetback: async ({ actor, params }) => ({
      setback: await setbacks.get(actor, params.setbackId),
    }),
  });
}
