import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { promptOperations } from '../../../contract/operations/prompts.js';
import type { PromptService } from './service.js';

export function registerPromptRoutes(app: FastifyInstance, prompts: PromptService): void {
  registerOperations(app, promptOperations, {
    listPrompts: async ({ actor, query }) => ({ items: await prompts.list(actor, query) }),
    pickPrompt: async ({ actor, params }) => ({
      prompt: await prompts.pick(actor, params.promptId),
    }),
  });
}
