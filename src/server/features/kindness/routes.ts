import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { kindnessOperations } from '../../../contract/operations/kindness.js';
import type { KindnessService } from './service.js';

export function registerKindnessRoutes(app: FastifyInstance, kindness: KindnessService): void {
  registerOperations(app, kindnessOperations, {
    sendNote: async ({ actor, body }) => ({ note: await kindness.send(actor, body) }),
    listNotes: async ({ actor }) => ({ items: await kindness.list(actor) }),
    getNote: async ({ actor, params }) => ({ note: await kindness.get(actor, params.noteId) }),
    appreciateNote: async ({ actor, params }) => ({
      note: await kindness.appreciate(actor, params.noteId),
    }),
  });
}
