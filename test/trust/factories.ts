/** Factories for the trust questionnaire: each drives the real API and fails loudly when refused. */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { call, ok } from '../repair/factories.js';
import type { AnswerOf } from '../../src/contract/operation.js';
import type { trustQuestionnaireOperations } from '../../src/contract/operations/trust-questionnaires.js';

export type QuestionnaireAnswer = AnswerOf<
  typeof trustQuestionnaireOperations.putTrustQuestionnaire
>;
export type QuestionnaireBody = QuestionnaireAnswer['questionnaire'];
export type QuestionnaireOverview = AnswerOf<
  typeof trustQuestionnaireOperations.getTrustQuestionnaires
>;

/** Six answers of 1–7; `value` for every item unless given. */
export const trustAnswers = (value = 4): number[] => Array<number>(6).fill(value);

export async function writeQuestionnaire(
  t: TestApp,
  member: TestMember,
  body: Record<string, unknown> = { answers: trustAnswers() },
): Promise<QuestionnaireAnswer> {
  return ok<QuestionnaireAnswer>(call(t, member, 'PUT', '/trust-questionnaires', body));
}
