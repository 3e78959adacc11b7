import type { FastifyInstance } from 'fastify';
import { AcceptInviteBody, InviteAnswer, SpaceAnswer } from '../../../contract/spaces.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SpaceService } from './service.js';

export function registerSpaceRoutes(app: FastifyInstance, spaces: SpaceService): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/spaces',
    operationId: 'createSpace',
    summary: 'Create your space; you can use it alone until your partner joins',
    tag: 'spaces',
    auth: 'member',
    status: 201,
    response: SpaceAnswer,
    handler: async ({ actor }) => ({ space: await spaces.create(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/space',
    operationId: 'getSpace',
    summary: 'Your space',
    tag: 'spaces',
    auth: 'member',
    response: SpaceAnswer,
    handler: async ({ actor }) => ({ space: await spaces.get(actor) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/space/invites',
    operationId: 'createInvite',
    summary: 'A single-use link for your partner, valid for seven days (replaces earlier links)',
    tag: 'spaces',
    auth: 'member',
    status: 201,
    response: InviteAnswer,
    handler: ({ actor }) => spaces.createInvite(actor),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/invites/accept',
    operationId: 'acceptInvite',
    summary: 'Join your partner’s space with the token from their link',
    tag: 'spaces',
    auth: 'member',
    body: AcceptInviteBody,
    response: SpaceAnswer,
    handler: async ({ actor, body }) => ({ space: await spaces.acceptInvite(actor, body.token) }),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/space/membership',
    operationId: 'leaveSpace',
    summary: 'Leave your space, at once; nobody needs to approve',
    tag: 'spaces',
    auth: 'member',
    status: 204,
    handler: ({ actor }) => spaces.leave(actor),
  });
}
