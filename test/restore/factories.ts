/** Restore-phase writes for tests: commitments and their marks, through the API. */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import type { AnswerOf } from '../../src/contract/operation.js';
import type { commitmentOperations } from '../../src/contract/operations/commitments.js';
import { call, ok } from '../repair/factories.js';

type Body = Record<string, unknown>;

export type CommitmentBody = AnswerOf<typeof commitmentOperations.getCommitment>['commitment'];
export type CommitmentDetailBody = AnswerOf<typeof commitmentOperations.getCommitment>;
export type MarkBody = AnswerOf<typeof commitmentOperations.markDay>;

export async function makeCommitment(
  t: TestApp,
  member: TestMember,
  overrides: Body = {},
): Promise<CommitmentBody> {
  const answer = await ok<{ commitment: CommitmentBody }>(
    call(t, member, 'POST', '/commitments', {
      text: 'I will text when I am running late.',
      schedule: { kind: 'daily' },
      ...overrides,
    }),
    201,
  );
  return answer.commitment;
}

export function markDay(
  t: TestApp,
  member: TestMember,
  commitmentId: string,
  day: string,
  body: Body = { outcome: 'kept' },
) {
  return call(t, member, 'PUT', `/commitments/${commitmentId}/marks/${day}`, body);
}

export function reviewMark(
  t: TestApp,
  member: TestMember,
  commitmentId: string,
  day: string,
  body: Body = { verdict: 'confirmed' },
) {
  return call(t, member, 'PUT', `/commitments/${commitmentId}/marks/${day}/review`, body);
}
