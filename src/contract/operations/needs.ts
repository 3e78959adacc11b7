/** The needs operations of the API (step 8): one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const needOperations = defineOperations('needs', {
  listNeeds: {
    method: 'GET',
    path: '/api/v1/needs',
    summary: 'Both partners’ needs, live and retired, with every version',
    auth: 'member',
    response: 'NeedList',
  },
  createNeed: {
    method: 'POST',
    path: '/api/v1/needs',
    summary: 'List a need of yours, in your own words, with how much it matters',
    auth: 'member',
    status: 201,
    body: 'CreateNeedBody',
    response: 'NeedAnswer',
  },
  getNeed: {
    method: 'GET',
    path: '/api/v1/needs/:needId',
    summary: 'One need, with every version',
    auth: 'member',
    params: 'NeedParams',
    response: 'NeedAnswer',
  },
  reviseNeed: {
    method: 'POST',
    path: '/api/v1/needs/:needId/versions',
    summary: 'Put your need in new words: a new version, acknowledged again',
    auth: 'member',
    status: 201,
    params: 'NeedParams',
    body: 'NewNeedVersionBody',
    response: 'NeedAnswer',
  },
  acknowledgeNeed: {
    method: 'POST',
    path: '/api/v1/needs/:needId/acknowledgment',
    summary: '“I understand this need”: your partner’s need, its newest version',
    auth: 'member',
    params: 'NeedParams',
    response: 'NeedAnswer',
  },
  retireNeed: {
    method: 'POST',
    path: '/api/v1/needs/:needId/retirement',
    summary: 'Retire a need of yours; it and its versions are kept',
    auth: 'member',
    params: 'NeedParams',
    response: 'NeedAnswer',
  },
});
