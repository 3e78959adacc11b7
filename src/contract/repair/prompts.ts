/** The conversation prompts library, and which prompts this couple has used. */
import { z } from 'zod';
import { Instant } from '../common.js';
import { PROMPT_ELEMENTS } from './words.js';

export const PromptElement = z.enum(PROMPT_ELEMENTS).meta({
  description: 'The element of trust a prompt works on.',
});
export type PromptElement = z.infer<typeof PromptElement>;

export const PromptId = z
  .string()
  .regex(/^s[1-9]-[a-z]+-\d{1,3}$/, 'must be a prompt id from the library')
  .meta({ description: 'A prompt’s stable id, e.g. `s2-honesty-1`.' });

export const Prompt = z.object({
  id: z.string(),
  step: z.number().int().meta({ description: 'The step of the path it belongs to (1–4).' }),
  element: PromptElement,
  text: z.string(),
  used: z
    .boolean()
    .meta({ description: 'Picked, or named in a logged conversation, in this space.' }),
  lastUsedAt: Instant.nullable(),
});
export type Prompt = z.infer<typeof Prompt>;

export const ListPromptsQuery = z.strictObject({
  step: z
    .enum(['1', '2', '3', '4'])
    .transform(Number)
    .optional()
    .meta({ description: 'Only prompts for this step.' }),
  element: PromptElement.optional(),
});

export const PromptList = z.object({
  items: z.array(Prompt).meta({ description: 'By step, then element, in library order.' }),
});
export const PromptParams = z.strictObject({ promptId: PromptId });
export const PromptAnswer = z.object({ prompt: Prompt });
