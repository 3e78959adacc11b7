/** The report operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const reportOperations = defineOperations('report', {
  getTherapistReport: {
    method: 'GET',
    path: '/api/v1/me/therapist-report',
    summary:
      'The report for a therapist: steps, check-in trends and the period’s shared entries, each with its “therapist may see” flag, to print',
    auth: 'member',
    query: 'TherapistReportQuery',
    response: 'TherapistReportAnswer',
  },
});
