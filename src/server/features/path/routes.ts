import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { pathOperations } from '../../../contract/operations/path.js';
import type { PathService } from './service.js';

export function registerPathRoutes(app: FastifyInstance, path: PathService): void {
  registerOperations(app, pathOperations, {
    getPath: ({ actor }) => path.path(actor),
    getTimeline: async ({ actor, query }) => ({ items: await path.timeline(actor, query) }),
  });
}
