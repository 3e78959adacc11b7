/** The conversations operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const conversationOperations = defineOperations('conversations', {
  logConversation: {
    method: 'POST',
    path: '/api/v1/conversations',
    summary: 'Log an open conversation: day, topic, length, who started it',
    auth: 'member',
    status: 201,
    body: 'LogConversationBody',
    response: 'ConversationAnswer',
  },
  listConversations: {
    method: 'GET',
    path: '/api/v1/conversations',
    summary: 'Logged conversations, newest first, with the ratings you may see',
    auth: 'member',
    query: 'ListConversationsQuery',
    response: 'ConversationList',
  },
  getConversation: {
    method: 'GET',
    path: '/api/v1/conversations/:conversationId',
    summary: 'One conversation, with the ratings you may see',
    auth: 'member',
    params: 'ConversationParams',
    response: 'ConversationAnswer',
  },
  rateConversation: {
    method: 'PUT',
    path: '/api/v1/conversations/:conversationId/my-rating',
    summary: 'Say how safe and how heard you felt (your partner sees it by the reveal rule)',
    auth: 'member',
    params: 'ConversationParams',
    body: 'RateConversationBody',
    response: 'ConversationAnswer',
  },
});
