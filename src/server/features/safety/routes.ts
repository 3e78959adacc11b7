import type { FastifyInstance } from 'fastify';
import {
  ChooseSafetyPathBody,
  CrisisResourcesAnswer,
  CrisisResourcesQuery,
  SafetyStatusAnswer,
  SubmitSafetyCheckBody,
} from '../../../contract/safety.js';
import { defineRoute } from '../../platform/http/route.js';
import { crisisResources } from './crisis-resources.js';
import type { SafetyService } from './service.js';

export function registerSafetyRoutes(app: FastifyInstance, safety: SafetyService): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/safety-check',
    operationId: 'getSafetyCheck',
    summary: 'Your own safety check: whether it is done, and your answers (to you only)',
    tag: 'safety',
    auth: 'member',
    response: SafetyStatusAnswer,
    handler: async ({ actor }) => ({ safety: await safety.status(actor) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/safety-check',
    operationId: 'submitSafetyCheck',
    summary: 'Answer the private safety check (again at any time)',
    tag: 'safety',
    auth: 'member',
    body: SubmitSafetyCheckBody,
    response: SafetyStatusAnswer,
    handler: async ({ actor, body }) => ({ safety: await safety.submit(actor, body.answers) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/safety-check/choice',
    operationId: 'chooseSafetyPath',
    summary: 'After a check that raised concern: continue on your own, or go on together',
    tag: 'safety',
    auth: 'member',
    body: ChooseSafetyPathBody,
    response: SafetyStatusAnswer,
    handler: async ({ actor, body }) => ({ safety: await safety.choose(actor, body.choice) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/crisis-resources',
    operationId: 'listCrisisResources',
    summary: 'Helplines for a country, with an international list; open to anyone',
    tag: 'safety',
    auth: 'public',
    query: CrisisResourcesQuery,
    response: CrisisResourcesAnswer,
    handler: async ({ query }) => {
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
