/**
 * Factories for needs and forgiveness: each drives the real API and returns
 * the created object's id (or body), failing loudly when a step is refused.
 */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { call, ok } from '../repair/factories.js';
import type { AnswerOf } from '../../src/contract/operation.js';
import type { needOperations } from '../../src/contract/operations/needs.js';
import type { forgivenessOperations } from '../../src/contract/operations/forgiveness.js';

type Body = Record<string, unknown>;
export type NeedBody = AnswerOf<typeof needOperations.getNeed>['need'];
export type ReflectionBody = AnswerOf<typeof forgivenessOperations.getReflection>['reflection'];

export async function listNeed(
  t: TestApp,
  member: TestMember,
  overrides: Body = {},
): Promise<NeedBody> {
  const answer = await ok<{ need: NeedBody }>(
    call(t, member, 'POST', '/needs', {
      category: 'reassurance',
      text: 'To hear that you are still choosing us.',
      importance: 2,
      ...overrides,
    }),
    201,
  );
  return answer.need;
}

export async function acknowledgeNeed(t: TestApp, member: TestMember, needId: string) {
  return (await ok<{ need: NeedBody }>(call(t, member, 'POST', `/needs/${needId}/acknowledgment`)))
    .need;
}

/** Nine answers of 1–5; `value` for every item unless given. */
export const answers = (value = 3): number[] => Array<number>(9).fill(value);

export async function writeReflection(
  t: TestApp,
  member: TestMember,
  values: number[] = answers(),
): Promise<ReflectionBody> {
  const answer = await ok<{ reflection: ReflectionBody }>(
    call(t, member, 'POST', '/forgiveness/reflections', { answers: values }),
    201,
  );
  return answer.reflection;
}
