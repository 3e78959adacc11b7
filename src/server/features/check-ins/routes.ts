import type { FastifyInstance } from 'fastify';
import {
  CheckInAnswer,
  CheckInList,
  CheckInParams,
  ListCheckInsQuery,
  PutCheckInBody,
} from '../../../contract/check-ins.js';
import { defineRoute } from '../../platform/http/route.js';
import type { CheckInService } from './service.js';

export function registerCheckInRoutes(app: FastifyInstance, checkIns: CheckInService): void {
  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/check-ins',
    operationId: 'putCheckIn',
    summary: 'Write or update your check-in for a day (today unless `day` is given)',
    tag: 'check-ins',
    auth: 'member',
    body: PutCheckInBody,
    response: CheckInAnswer,
    handler: async ({ actor, body }) => ({ checkIn: await checkIns.put(actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/check-ins',
    operationId: 'listCheckIns',
    summary: 'Your check-ins and your partner’s revealed ones, newest first',
    tag: 'check-ins',
    auth: 'member',
    query: ListCheckInsQuery,
    response: CheckInList,
    handler: ({ actor, query }) => checkIns.list(actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/check-ins/:checkInId',
    operationId: 'getCheckIn',
    summary: 'One check-in, if you may see it',
    tag: 'check-ins',
    auth: 'member',
    params: CheckInParams,
    response: CheckInAnswer,
    handler: async ({ actor, params }) => ({
      checkIn: await checkIns.get(actor, params.checkInId),
    }),
  });
}
