import type { FastifyInstance } from 'fastify';
import {
  ConversationAnswer,
  ConversationList,
  ConversationParams,
  ListConversationsQuery,
  LogConversationBody,
  RateConversationBody,
} from '../../../contract/repair/conversations.js';
import { defineRoute } from '../../platform/http/route.js';
import type { ConversationService } from './service.js';

export function registerConversationRoutes(
  app: FastifyInstance,
  conversations: ConversationService,
): void {
  const tag = 'conversations';

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/conversations',
    operationId: 'logConversation',
    summary: 'Log an open conversation: day, topic, length, who started it',
    tag,
    auth: 'member',
    body: LogConversationBody,
    status: 201,
    response: ConversationAnswer,
    handler: async ({ actor, body }) => ({ conversation: await conversations.log(actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/conversations',
    operationId: 'listConversations',
    summary: 'Logged conversations, newest first, with the ratings you may see',
    tag,
    auth: 'member',
    query: ListConversationsQuery,
    response: ConversationList,
    handler: async ({ actor, query }) => ({ items: await conversations.list(actor, query) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/conversations/:conversationId',
    operationId: 'getConversation',
    summary: 'One conversation, with the ratings you may see',
    tag,
    auth: 'member',
    params: ConversationParams,
    response: ConversationAnswer,
    handler: async ({ actor, params }) => ({
      conversation: await conversations.get(actor, params.conversationId),
    }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/conversations/:conversationId/my-rating',
    operationId: 'rateConversation',
    summary: 'Say how safe and how heard you felt (your partner sees it by the reveal rule)',
    tag,
    auth: 'member',
    params: ConversationParams,
    body: RateConversationBody,
    response: ConversationAnswer,
    handler: async ({ actor, params, body }) => ({
      conversation: await conversations.rate(actor, params.conversationId, body),
    }),
  });
}
