/**
 * Factories for the repair phase: each drives the real API and returns the
 * created object's id (or body), failing loudly with the answer when a step
 * is refused.
 */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import type { AnswerOf } from '../../src/contract/operation.js';
import type { agreementOperations } from '../../src/contract/operations/agreements.js';

type Body = Record<string, unknown>;

export async function call(
  t: TestApp,
  member: TestMember,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: Body,
): Promise<LightMyRequestResponse> {
  return t.request({ method, url: `/api/v1${url}`, cookie: member.cookie, body });
}

export async function ok<T>(
  response: Promise<LightMyRequestResponse> | LightMyRequestResponse,
  status = 200,
): Promise<T> {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.json<T>();
}

/** A problem answer with the expected status and code. */
export async function problem(
  response: Promise<LightMyRequestResponse> | LightMyRequestResponse,
  status: number,
  code: string,
): Promise<{ code: string; errors?: { field: string; message: string }[] }> {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  const body = answer.json<{ code: string; errors?: { field: string; message: string }[] }>();
  expect(body.code, answer.body).toBe(code);
  return body;
}

export const breachBody = (overrides: Body = {}): Body => ({
  title: 'The messages',
  category: 'lying',
  description: 'I kept talking to someone and said I had stopped.',
  day: '2026-03-01',
  cameToLight: 'discovered',
  brokeTrust: 'me',
  ...overrides,
});

export async function recordBreach(t: TestApp, member: TestMember, overrides: Body = {}) {
  const answer = await ok<{ breach: { id: string } }>(
    call(t, member, 'POST', '/breaches', breachBody(overrides)),
    201,
  );
  return answer.breach.id;
}

export async function writeAcknowledgment(
  t: TestApp,
  member: TestMember,
  breachId: string,
  text = 'I lied to you for months about the messages.',
) {
  const answer = await ok<{ acknowledgment: { id: string } }>(
    call(t, member, 'POST', `/breaches/${breachId}/acknowledgments`, { text }),
    201,
  );
  return answer.acknowledgment.id;
}

export async function respond(
  t: TestApp,
  member: TestMember,
  acknowledgmentId: string,
  verdict: 'accurate' | 'something-missing' = 'accurate',
  comment?: string,
) {
  return ok(
    call(t, member, 'POST', `/acknowledgments/${acknowledgmentId}/response`, {
      verdict,
      ...(comment ? { comment } : {}),
    }),
    201,
  );
}

export async function writeImpactStatement(
  t: TestApp,
  member: TestMember,
  breachId: string,
  text = 'I stopped trusting my own judgment.',
) {
  const answer = await ok<{ impactStatement: { id: string } }>(
    call(t, member, 'POST', `/breaches/${breachId}/impact-statements`, { text }),
    201,
  );
  return answer.impactStatement.id;
}

export const apologyParts = (overrides: Body = {}): Body => ({
  whatHappened: 'I lied about the messages, again and again.',
  impact: 'You felt foolish for believing me, and alone.',
  responsibility: 'It was my choice and my doing.',
  whatWillChange: 'I will answer any question about my phone, openly.',
  ...overrides,
});

export async function writeApology(
  t: TestApp,
  member: TestMember,
  breachId: string,
  impactStatementId: string,
  parts: Body = apologyParts(),
) {
  const answer = await ok<{ apology: { id: string } }>(
    call(t, member, 'POST', `/breaches/${breachId}/apologies`, { impactStatementId, parts }),
    201,
  );
  return answer.apology.id;
}

export async function rateApology(
  t: TestApp,
  member: TestMember,
  apologyId: string,
  understood: number,
  anotherTry?: { comment: string },
) {
  return ok(
    call(t, member, 'POST', `/apologies/${apologyId}/rating`, {
      understood,
      ...(anotherTry ? { anotherTry: true, comment: anotherTry.comment } : {}),
    }),
    201,
  );
}

export async function logConversation(t: TestApp, member: TestMember, overrides: Body = {}) {
  const answer = await ok<{ conversation: { id: string } }>(
    call(t, member, 'POST', '/conversations', {
      day: '2026-03-09',
      topic: 'How the week went',
      minutes: 40,
      startedBy: 'me',
      ...overrides,
    }),
    201,
  );
  return answer.conversation.id;
}

export async function rateConversation(
  t: TestApp,
  member: TestMember,
  conversationId: string,
  feltSafe: number,
  feltHeard = feltSafe,
  extra: Body = {},
) {
  return ok(
    call(t, member, 'PUT', `/conversations/${conversationId}/my-rating`, {
      feltSafe,
      feltHeard,
      ...extra,
    }),
  );
}

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
export type AgreementBody = AnswerOf<typeof agreementOperations.getAgreement>['agreement'];

export async function proposeAgreement(
  t: TestApp,
  member: TestMember,
  text = 'We tell each other when we will be late.',
) {
  const answer = await ok<{ agreement: AgreementBody }>(
    call(t, member, 'POST', '/agreements', { text }),
    201,
  );
  return answer.agreement;
}

export async function acceptVersion(t: TestApp, member: TestMember, versionId: string) {
  return (
    await ok<{ agreement: AgreementBody }>(
      call(t, member, 'POST', `/agreement-versions/${versionId}/acceptance`),
    )
  ).agreement;
}

export async function logSetback(t: TestApp, member: TestMember, overrides: Body = {}) {
  const answer = await ok<{ setback: { id: string } }>(
    call(t, member, 'POST', '/setbacks', {
      kind: 'hard-day',
      severity: 'moderate',
      day: '2026-03-09',
      ...overrides,
    }),
    201,
  );
  return answer.setback.id;
}
