/** The reassurance operations of the API (step 9): one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const reassuranceOperations = defineOperations('reassurance', {
  askForReassurance: {
    method: 'PUT',
    path: '/api/v1/reassurance/today',
    summary: '“I could use some reassurance today”: once a day; a retry changes nothing',
    auth: 'member',
    response: 'ReassuranceAnswer',
  },
  listReassurance: {
    method: 'GET',
    path: '/api/v1/reassurance',
    summary: 'Both partners’ requests for reassurance of the last 30 days, and whether answered',
    auth: 'member',
    response: 'ReassuranceOverview',
  },
});
