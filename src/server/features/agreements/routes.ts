import type { FastifyInstance } from 'fastify';
import {
  AgreementAnswer,
  AgreementBreakAnswer,
  AgreementBreakBody,
  AgreementList,
  AgreementParams,
  AgreementVersionParams,
  DeclineAgreementBody,
  EditAgreementProposalBody,
  ProposeAgreementBody,
  ProposeAgreementChangeBody,
  ProposeRetirementBody,
} from '../../../contract/repair/agreements.js';
import { defineRoute } from '../../platform/http/route.js';
import type { AgreementService } from './service.js';

export function registerAgreementRoutes(app: FastifyInstance, agreements: AgreementService): void {
  const tag = 'agreements';

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreements',
    operationId: 'proposeAgreement',
    summary: 'Propose an agreement; it is active once your partner accepts it too',
    tag,
    auth: 'member',
    body: ProposeAgreementBody,
    status: 201,
    response: AgreementAnswer,
    handler: async ({ actor, body }) => ({ agreement: await agreements.propose(actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/agreements',
    operationId: 'listAgreements',
    summary: 'Your agreements, with every version, answer and break',
    tag,
    auth: 'member',
    response: AgreementList,
    handler: async ({ actor }) => ({ items: await agreements.list(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/agreements/:agreementId',
    operationId: 'getAgreement',
    summary: 'One agreement, with every version, answer and break',
    tag,
    auth: 'member',
    params: AgreementParams,
    response: AgreementAnswer,
    handler: async ({ actor, params }) => ({
      agreement: await agreements.get(actor, params.agreementId),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreements/:agreementId/versions',
    operationId: 'proposeAgreementChange',
    summary: 'Propose new terms: a new version that needs both of you again',
    tag,
    auth: 'member',
    params: AgreementParams,
    body: ProposeAgreementChangeBody,
    status: 201,
    response: AgreementAnswer,
    handler: async ({ actor, params, body }) => ({
      agreement: await agreements.proposeChange(actor, params.agreementId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreements/:agreementId/retirement',
    operationId: 'proposeAgreementRetirement',
    summary: 'Ask to retire an agreement; it is retired once your partner accepts',
    tag,
    auth: 'member',
    params: AgreementParams,
    body: ProposeRetirementBody,
    status: 201,
    response: AgreementAnswer,
    handler: async ({ actor, params, body }) => ({
      agreement: await agreements.proposeRetirement(actor, params.agreementId, body),
    }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/agreement-versions/:versionId',
    operationId: 'editAgreementProposal',
    summary: 'Correct your proposal while it is unanswered and the newest',
    tag,
    auth: 'member',
    params: AgreementVersionParams,
    body: EditAgreementProposalBody,
    response: AgreementAnswer,
    handler: async ({ actor, params, body }) => ({
      agreement: await agreements.editProposal(actor, params.versionId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreement-versions/:versionId/acceptance',
    operationId: 'acceptAgreementVersion',
    summary: 'Accept your partner’s proposal (terms, a change, or retiring)',
    tag,
    auth: 'member',
    params: AgreementVersionParams,
    response: AgreementAnswer,
    handler: async ({ actor, params }) => ({
      agreement: await agreements.accept(actor, params.versionId),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreement-versions/:versionId/decline',
    operationId: 'declineAgreementVersion',
    summary: 'Decline your partner’s proposal, with what would make it work for you',
    tag,
    auth: 'member',
    params: AgreementVersionParams,
    body: DeclineAgreementBody,
    response: AgreementAnswer,
    handler: async ({ actor, params, body }) => ({
      agreement: await agreements.decline(actor, params.versionId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreements/:agreementId/disclosures',
    operationId: 'discloseAgreementBreak',
    summary: '“I broke this agreement”: a self-disclosure',
    tag,
    auth: 'member',
    params: AgreementParams,
    body: AgreementBreakBody,
    status: 201,
    response: AgreementBreakAnswer,
    handler: async ({ actor, params, body }) => ({
      break: await agreements.discloseBreak(actor, params.agreementId, body),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/agreements/:agreementId/reports',
    operationId: 'reportAgreementBreak',
    summary: '“My partner broke this agreement”: a report, distinct from a disclosure',
    tag,
    auth: 'member',
    params: AgreementParams,
    body: AgreementBreakBody,
    status: 201,
    response: AgreementBreakAnswer,
    handler: async ({ actor, params, body }) => ({
      break: await agreements.reportBreak(actor, params.agreementId, body),
    }),
  });
}
