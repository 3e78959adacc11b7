import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { agreementOperations } from '../../../contract/operations/agreements.js';
import type { AgreementService } from './service.js';

export function registerAgreementRoutes(app: FastifyInstance, agreements: AgreementService): void {
  registerOperations(app, agreementOperations, {
    proposeAgreement: async ({ actor, body }) => ({
      agreement: await agreements.propose(actor, body),
    }),
    listAgreements: async ({ actor }) => ({ items: await agreements.list(actor) }),
    getAgreement: async ({ actor, params }) => ({
      agreement: await agreements.get(actor, params.agreementId),
    }),
    proposeAgreementChange: async ({ actor, params, body }) => ({
      agreement: await agreements.proposeChange(actor, params.agreementId, body),
    }),
    proposeAgreementRetirement: async ({ actor, params, body }) => ({
      agreement: await agreements.proposeRetirement(actor, params.agreementId, body),
    }),
    editAgreementProposal: async ({ actor, params, body }) => ({
      agreement: await agreements.editProposal(actor, params.versionId, body),
    }),
    acceptAgreementVersion: async ({ actor, params }) => ({
      agreement: await agreements.accept(actor, params.versionId),
    }),
    declineAgreementVersion: async ({ actor, params, body }) => ({
      agreement: await agreements.decline(actor, params.versionId, body),
    }),
    discloseAgreementBreak: async ({ actor, params, body }) => ({
      break: await agreements.discloseBreak(actor, params.agreementId, body),
    }),
    reportAgreementBreak: async ({ actor, params, body }) => ({
      break: await agreements.reportBreak(actor, params.agreementId, body),
    }),
  });
}
