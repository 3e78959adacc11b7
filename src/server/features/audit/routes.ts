import type { FastifyInstance } from 'fastify';
import { AuditEventList } from '../../../contract/therapist.js';
import { defineRoute } from '../../platform/http/route.js';
import type { AuditService } from './service.js';

export function registerAuditRoutes(app: FastifyInstance, audit: AuditService): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/space/audit',
    operationId: 'listAuditEvents',
    summary: 'Every therapist read, export and membership change in your space',
    tag: 'privacy',
    auth: 'member',
    response: AuditEventList,
    handler: async ({ actor }) => ({ items: await audit.list(actor) }),
  });
}
