import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { reportOperations } from '../../../contract/operations/report.js';
import type { ReportService } from './service.js';

export function registerReportRoutes(app: FastifyInstance, report: ReportService): void {
  registerOperations(app, reportOperations, {
    getTherapistReport: ({ actor, query }) => report.therapistReport(actor, query),
  });
}
