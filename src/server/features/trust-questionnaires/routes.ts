import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { trustQuestionnaireOperations } from '../../../contract/operations/trust-questionnaires.js';
import type { TrustQuestionnaireService } from './service.js';

export function registerTrustQuestionnaireRoutes(
  app: FastifyInstance,
  questionnaires: TrustQuestionnaireService,
): void {
  registerOperations(app, trustQuestionnaireOperations, {
    getTrustQuestionnaires: ({ actor }) => questionnaires.overview(actor),
    putTrustQuestionnaire: ({ actor, body }) => questionnaires.put(actor, body),
    getTrustQuestionnaire: ({ actor, params }) => questionnaires.get(actor, params.questionnaireId),
    shareTrustQuestionnaire: ({ actor, params, body }) =>
      questionnaires.share(actor, params.questionnaireId, body),
  });
}
