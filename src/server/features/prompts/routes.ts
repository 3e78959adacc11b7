import type { FastifyInstance } from 'fastify';
import {
  ListPromptsQuery,
  PromptAnswer,
  PromptList,
  PromptParams,
} from '../../../contract/repair/prompts.js';
import { defineRoute } from '../../platform/http/route.js';
import type { PromptService } from './service.js';

export function registerPromptRoutes(app: FastifyInstance, prompts: PromptService): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/prompts',
    operationId: 'listPrompts',
    summary: 'Conversation prompts by step and element, with which ones your space used',
    tag: 'prompts',
    auth: 'member',
    query: ListPromptsQuery,
    response: PromptList,
    handler: async ({ actor, query }) => ({ items: await prompts.list(actor, query) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/prompts/:promptId/picks',
    operationId: 'pickPrompt',
    summary: 'Pick a prompt to start a conversation; the space remembers it was used',
    tag: 'prompts',
    auth: 'member',
    params: PromptParams,
    status: 201,
    response: PromptAnswer,
    handler: async ({ actor, params }) => ({ prompt: await prompts.pick(actor, params.promptId) }),
  });
}
