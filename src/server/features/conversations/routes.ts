import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { conversationOperations } from '../../../contract/operations/conversations.js';
import type { ConversationService } from './service.js';

export function registerConversationRoutes(
  app: FastifyInstance,
  conversations: ConversationService,
): void {
  registerOperations(app, conversationOperations, {
    logConversation: async ({ actor, body }) => ({
      conversation: await conversations.log(actor, body),
    }),
    listConversations: async ({ actor, query }) => ({
      items: await conversations.list(actor, query),
    }),
    getConversation: async ({ actor, params }) => ({
      conversation: await conversations.get(actor, params.conversationId),
    }),
    rateConversation: async ({ actor, params, body }) => ({
      conversation: await conversations.rate(actor, params.conversationId, body),
    }),
  });
}
