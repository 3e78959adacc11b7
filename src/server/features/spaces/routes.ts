import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { spaceOperations } from '../../../contract/operations/spaces.js';
import type { SpaceService } from './service.js';

export function registerSpaceRoutes(app: FastifyInstance, spaces: SpaceService): void {
  registerOperations(app, spaceOperations, {
    createSpace: async ({ actor }) => ({ space: await spaces.create(actor) }),
    getSpace: async ({ actor }) => ({ space: await spaces.get(actor) }),
    createInvite: ({ actor }) => spaces.createInvite(actor),
    sendInvite: async ({ actor, body }) => {
      await spaces.sendInvite(actor, body.token, body.email);
      return { status: 'check-your-email' as const };
    },
    acceptInvite: async ({ actor, body }) => ({
      space: await spaces.acceptInvite(actor, body.token),
    }),
    leaveSpace: ({ actor }) => spaces.leave(actor),
  });
}
