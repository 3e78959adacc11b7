import type { FastifyInstance } from 'fastify';
import { PathAnswer, TimelineAnswer, TimelineQuery } from '../../../contract/repair/path.js';
import { defineRoute } from '../../platform/http/route.js';
import type { PathService } from './service.js';

export function registerPathRoutes(app: FastifyInstance, path: PathService): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/path',
    operationId: 'getPath',
    summary: '“Where we are”: the ten steps, which are reached, and a gentle next suggestion',
    tag: 'path',
    auth: 'member',
    response: PathAnswer,
    handler: ({ actor }) => path.path(actor),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/timeline',
    operationId: 'getTimeline',
    summary: 'What happened on the path, setbacks included, newest first',
    tag: 'path',
    auth: 'member',
    query: TimelineQuery,
    response: TimelineAnswer,
    handler: async ({ actor, query }) => ({ items: await path.timeline(actor, query) }),
  });
}
