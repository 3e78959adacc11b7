/** The prompts operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const promptOperations = defineOperations('prompts', {
  listPrompts: {
    method: 'GET',
    path: '/api/v1/prompts',
    summary: 'Conversation prompts by step and element, with which ones your space used',
    auth: 'member',
    query: 'ListPromptsQuery',
    response: 'PromptList',
  },
  pickPrompt: {
    method: 'POST',
    path: '/api/v1/prompts/:promptId/picks',
    summary: 'Pick a prompt to start a conversation; the space remembers it was used',
    auth: 'member',
    status: 201,
    params: 'PromptParams',
    response: 'PromptAnswer',
  },
});
