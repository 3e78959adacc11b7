import type { FastifyInstance } from 'fastify';
import {
  LogSetbackBody,
  SetbackAnswer,
  SetbackList,
  SetbackParams,
} from '../../../contract/repair/setbacks.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SetbackService } from './service.js';

export function registerSetbackRoutes(app: FastifyInstance, setbacks: SetbackService): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/setbacks',
    operationId: 'logSetback',
    summary: 'Log a setback; it deletes and resets nothing, and shows on the timeline',
    tag: 'setbacks',
    auth: 'member',
    body: LogSetbackBody,
    status: 201,
    response: SetbackAnswer,
    handler: async ({ actor, body }) => ({ setback: await setbacks.log(actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/setbacks',
    operationId: 'listSetbacks',
    summary: 'Setbacks, newest first',
    tag: 'setbacks',
    auth: 'member',
    response: SetbackList,
    handler: async ({ actor }) => ({ items: await setbacks.list(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/setbacks/:setbackId',
    operationId: 'getSetback',
    summary: 'One setback',
    tag: 'setbacks',
    auth: 'member',
    params: SetbackParams,
    response: SetbackAnswer,
    handler: async ({ actor, params }) => ({
      setback: await setbacks.get(actor, params.setbackId),
    }),
  });
}
