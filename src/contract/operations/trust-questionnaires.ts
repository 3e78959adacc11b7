/** The trust questionnaire operations of the API (issue 10): one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const trustQuestionnaireOperations = defineOperations('trust-questionnaires', {
  getTrustQuestionnaires: {
    method: 'GET',
    path: '/api/v1/trust-questionnaires',
    summary:
      'Your trust questionnaires (oldest first), whether this month’s is due, its items, your milestones, and any your partner shared',
    auth: 'member',
    response: 'TrustQuestionnaireOverview',
  },
  putTrustQuestionnaire: {
    method: 'PUT',
    path: '/api/v1/trust-questionnaires',
    summary: 'Write or update this month’s trust questionnaire (private unless you share it)',
    auth: 'member',
    body: 'PutTrustQuestionnaireBody',
    response: 'TrustQuestionnaireAnswer',
  },
  getTrustQuestionnaire: {
    method: 'GET',
    path: '/api/v1/trust-questionnaires/:questionnaireId',
    summary: 'One trust questionnaire: yours, or one your partner shared',
    auth: 'member',
    params: 'TrustQuestionnaireParams',
    response: 'TrustQuestionnaireAnswer',
  },
  shareTrustQuestionnaire: {
    method: 'PUT',
    path: '/api/v1/trust-questionnaires/:questionnaireId/sharing',
    summary:
      'Share one of your trust questionnaires with your partner, or keep it to yourself again',
    auth: 'member',
    params: 'TrustQuestionnaireParams',
    body: 'SharingBody',
    response: 'TrustQuestionnaireAnswer',
  },
});
