/** The safety operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const safetyOperations = defineOperations('safety', {
  getSafetyCheck: {
    method: 'GET',
    path: '/api/v1/safety-check',
    summary: 'Your own safety check: whether it is done, and your answers (to you only)',
    auth: 'member',
    response: 'SafetyStatusAnswer',
  },
  submitSafetyCheck: {
    method: 'PUT',
    path: '/api/v1/safety-check',
    summary: 'Answer the private safety check (again at any time)',
    auth: 'member',
    body: 'SubmitSafetyCheckBody',
    response: 'SafetyStatusAnswer',
  },
  chooseSafetyPath: {
    method: 'PUT',
    path: '/api/v1/safety-check/choice',
    summary: 'After a check that raised concern: continue on your own, or go on together',
    auth: 'member',
    body: 'ChooseSafetyPathBody',
    response: 'SafetyStatusAnswer',
  },
  listCrisisResources: {
    method: 'GET',
    path: '/api/v1/crisis-resources',
    summary: 'Helplines for a country, with an international list; open to anyone',
    auth: 'public',
    query: 'CrisisResourcesQuery',
    response: 'CrisisResourcesAnswer',
  },
});
