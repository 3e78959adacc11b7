import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { safetyOperations } from '../../../contract/operations/safety.js';
import { crisisResources } from './crisis-resources.js';
import type { SafetyService } from './service.js';

export function registerSafetyRoutes(app: FastifyInstance, safety: SafetyService): void {
  registerOperations(app, safetyOperations, {
    getSafetyCheck: async ({ actor }) => ({ safety: await safety.status(actor) }),
    submitSafetyCheck: async ({ actor, body }) => ({
      safety: await safety.submit(actor, body.answers),
    }),
    chooseSafetyPath: async ({ actor, body }) => ({
      safety: await safety.choose(actor, body.choice),
    }),
    listCrisisResources: async ({ query }) => {
      const file = crisisResources();
      const chosen = query.country ? file.countries[query.country] : undefined;
      const fallback = file.international;
      return {
        country: chosen ? (query.country ?? null) : null,
        name: chosen?.name ?? fallback.name,
        emergency: chosen?.emergency ?? fallback.emergency,
        resources: chosen?.resources ?? fallback.resources,
        international: fallback,
        countries: Object.entries(file.countries).map(([code, c]) => ({ code, name: c.name })),
        reviewed: file.reviewed,
      };
    },
  });
}
