/** The commitments operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const commitmentOperations = defineOperations('commitments', {
  makeCommitment: {
    method: 'POST',
    path: '/api/v1/commitments',
    summary: 'Make a small promise on a schedule',
    auth: 'member',
    status: 201,
    body: 'MakeCommitmentBody',
    response: 'CommitmentAnswer',
  },
  listCommitments: {
    method: 'GET',
    path: '/api/v1/commitments',
    summary: 'Both partners’ commitments, with strength and today’s mark',
    auth: 'member',
    response: 'CommitmentList',
  },
  getCommitment: {
    method: 'GET',
    path: '/api/v1/commitments/:commitmentId',
    summary:
      'One commitment’s reliability view: the calendar of due days and the strength over time',
    auth: 'member',
    params: 'CommitmentParams',
    response: 'CommitmentDetail',
  },
  setCommitmentStatus: {
    method: 'PUT',
    path: '/api/v1/commitments/:commitmentId/status',
    summary: 'Pause, resume or end your commitment; nothing is deleted',
    auth: 'member',
    params: 'CommitmentParams',
    body: 'SetCommitmentStatusBody',
    response: 'CommitmentAnswer',
  },
  markDay: {
    method: 'PUT',
    path: '/api/v1/commitments/:commitmentId/marks/:day',
    summary:
      'Mark a due day of your commitment kept or missed (the same mark again writes nothing)',
    auth: 'member',
    params: 'CommitmentDayParams',
    body: 'MarkDayBody',
    response: 'MarkAnswer',
  },
  reviewMark: {
    method: 'PUT',
    path: '/api/v1/commitments/:commitmentId/marks/:day/review',
    summary: 'Confirm or question your partner’s mark',
    auth: 'member',
    params: 'CommitmentDayParams',
    body: 'ReviewMarkBody',
    response: 'MarkAnswer',
  },
  answerReview: {
    method: 'PUT',
    path: '/api/v1/commitments/:commitmentId/marks/:day/answer',
    summary: 'Answer your partner’s question about one of your marks',
    auth: 'member',
    params: 'CommitmentDayParams',
    body: 'AnswerReviewBody',
    response: 'MarkAnswer',
  },
});
