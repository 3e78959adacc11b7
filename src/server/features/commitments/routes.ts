import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { commitmentOperations } from '../../../contract/operations/commitments.js';
import type { CommitmentService } from './service.js';

export function registerCommitmentRoutes(
  app: FastifyInstance,
  commitments: CommitmentService,
): void {
  registerOperations(app, commitmentOperations, {
    makeCommitment: ({ actor, body }) => commitments.make(actor, body),
    listCommitments: ({ actor }) => commitments.list(actor),
    getCommitment: ({ actor, params }) => commitments.get(actor, params.commitmentId),
    setCommitmentStatus: ({ actor, params, body }) =>
      commitments.setStatus(actor, params.commitmentId, body),
    markDay: ({ actor, params, body }) =>
      commitments.markDay(actor, params.commitmentId, params.day, body),
    reviewMark: ({ actor, params, body }) =>
      commitments.reviewMark(actor, params.commitmentId, params.day, body),
    answerReview: ({ actor, params, body }) =>
      commitments.answerReview(actor, params.commitmentId, params.day, body),
  });
}
