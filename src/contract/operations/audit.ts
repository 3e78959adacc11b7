/** The audit operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const auditOperations = defineOperations('privacy', {
  listAuditEvents: {
    method: 'GET',
    path: '/api/v1/space/audit',
    summary: 'Every therapist read and membership change in your space, and your own exports',
    auth: 'member',
    response: 'AuditEventList',
  },
});
