import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { auditOperations } from '../../../contract/operations/audit.js';
import type { AuditService } from './service.js';

export function registerAuditRoutes(app: FastifyInstance, audit: AuditService): void {
  registerOperations(app, auditOperations, {
    listAuditEvents: async ({ actor }) => ({ items: await audit.list(actor) }),
  });
}
