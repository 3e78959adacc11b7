import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, logConversation, ok, problem } from '../../../../test/repair/factories.js';
import { PROMPT_LIBRARY } from './library.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { promptOperations } from '../../../contract/operations/prompts.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type PromptBody = AnswerOf<typeof promptOperations.listPrompts>['items'][number];

describe('the prompts library', () => {
  it('ships at least 40 prompts, in every step of the repair phase and every element', () => {
    expect(PROMPT_LIBRARY.length).toBeGreaterThanOrEqual(40);
    for (const step of [1, 2, 3, 4]) {
      for (const element of ['honesty', 'reliability', 'vulnerability']) {
        expect(
          PROMPT_LIBRARY.filter((p) => p.step === step && p.element === element).length,
          `step ${step}, ${element}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('has unique ids and unique words, each a question or an invitation of sensible length', () => {
    expect(new Set(PROMPT_LIBRARY.map((p) => p.id)).size).toBe(PROMPT_LIBRARY.length);
    expect(new Set(PROMPT_LIBRARY.map((p) => p.text)).size).toBe(PROMPT_LIBRARY.length);
    for (const prompt of PROMPT_LIBRARY) {
      expect(prompt.id).toMatch(/^s[1-9]-[a-z]+-\d{1,3}$/);
      expect(prompt.text.length).toBeGreaterThan(20);
      expect(prompt.text.length).toBeLessThan(200);
      expect(prompt.text).toMatch(/[?.]$/);
    }
  });
});

describeEachDatabase('prompts', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const list = async (query = '', member = couple.a) =>
    (await ok<{ items: PromptBody[] }>(call(t, member, 'GET', `/prompts${query}`))).items;

  it('lists the library, filtered by step and by element', async () => {
    expect(await list()).toHaveLength(PROMPT_LIBRARY.length);
    const step2 = await list('?step=2');
    expect(step2.length).toBeGreaterThan(0);
    expect(step2.every((p) => p.step === 2)).toBe(true);
    const honest3 = await list('?step=3&element=honesty');
    expect(honest3.every((p) => p.step === 3 && p.element === 'honesty')).toBe(true);
    await problem(call(t, couple.a, 'GET', '/prompts?step=9'), 422, 'validation-failed');
    await problem(call(t, couple.a, 'GET', '/prompts?element=courage'), 422, 'validation-failed');
  });

  it('remembers which prompts the space used: picked, or named by a logged conversation', async () => {
    const picked = await ok<{ prompt: PromptBody }>(
      call(t, couple.a, 'POST', '/prompts/s1-vulnerability-2/picks'),
      201,
    );
    expect(picked.prompt).toMatchObject({ id: 's1-vulnerability-2', used: true });
    await logConversation(t, couple.b, { promptId: 's4-reliability-1' });
    const used = (await list('', couple.b)).filter((p) => p.used).map((p) => p.id);
    expect(used.sort()).toEqual(['s1-vulnerability-2', 's4-reliability-1']);
    expect((await list('', couple.a)).find((p) => p.id === 's4-reliability-1')?.lastUsedAt).toBe(
      '2026-03-10T12:00:00.000Z',
    );
  });

  it('answers 404 for a prompt that is not in the library', async () => {
    await problem(call(t, couple.a, 'POST', '/prompts/s1-honesty-99/picks'), 404, 'not-found');
    await problem(call(t, couple.a, 'POST', '/prompts/nonsense/picks'), 404, 'not-found');
  });

  it('keeps each couple’s record to itself', async () => {
    const other = await createCouple(t);
    await ok(call(t, other.a, 'POST', '/prompts/s2-honesty-1/picks'), 201);
    expect((await list()).some((p) => p.used)).toBe(false);
  });
});
