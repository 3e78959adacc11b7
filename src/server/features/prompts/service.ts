/**
 * The prompts library: list it (filtered by step or element), and pick a
 * prompt to start a conversation. The space remembers which prompts it used.
 */
import type { z } from 'zod';
import type { ListPromptsQuery, Prompt } from '../../../contract/repair/prompts.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { throttleRepairWrite } from '../repair-shared/repair-kit.js';
import { findPrompt, PROMPT_LIBRARY, type LibraryPrompt } from './library.js';
import { insertPromptPick, promptUses } from './queries.js';

type PromptOut = z.input<typeof Prompt>;

const present = (prompt: LibraryPrompt, uses: Map<string, string>): PromptOut => ({
  id: prompt.id,
  step: prompt.step,
  element: prompt.element,
  text: prompt.text,
  used: uses.has(prompt.id),
  lastUsedAt: uses.get(prompt.id) ?? null,
});

export function promptService(deps: Deps) {
  const { db, clock, limiter } = deps;

  return {
    async list(actor: Actor, query: z.output<typeof ListPromptsQuery>): Promise<PromptOut[]> {
      const access = await requireAccess(db, actor, 'prompt.read');
      const uses = await promptUses(db, access.spaceId, access.reader);
      return PROMPT_LIBRARY.filter(
        (p) =>
          (query.step === undefined || p.step === query.step) &&
          (query.element === undefined || p.element === query.element),
      ).map((p) => present(p, uses));
    },

    async pick(actor: Actor, promptId: string): Promise<PromptOut> {
      const access = await requireAccess(db, actor, 'prompt.pick');
      const prompt = findPrompt(promptId);
      if (!prompt) throw notFound();
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      await insertPromptPick(db, {
        id: newId(now.getTime()),
        spaceId: access.spaceId,
        authorId: actor.memberId,
        promptId: prompt.id,
        // Picked to talk about together: both partners see it was used.
        visibility: 'shared',
        therapistVisible: 0,
        createdAt: now.toISOString(),
      });
      return present(prompt, await promptUses(db, access.spaceId, access.reader));
    },
  };
}

export type PromptService = ReturnType<typeof promptService>;
