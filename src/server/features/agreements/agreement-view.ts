/**
 * The domain's view of one agreement (its status and each version's state)
 * from its version and answer rows. The service, the presenters and the path
 * read an agreement through it, so all three agree on what is in force.
 */
import {
  agreementView,
  type AgreementVersionFacts,
  type AgreementView,
} from '../../../domain/path/agreements.js';
import type { AgreementAnswerRow, AgreementVersionRow } from './queries.js';

export function viewOf(
  versions: AgreementVersionRow[],
  answers: AgreementAnswerRow[],
): AgreementView {
  const facts: AgreementVersionFacts[] = versions.map((v) => ({
    id: v.id,
    version: v.version,
    kind: v.kind,
    authorId: v.authorId,
    createdAt: v.createdAt,
    answers: answers
      .filter((a) => a.versionId === v.id)
      .map((a) => ({ memberId: a.authorId, answer: a.answer, at: a.createdAt })),
  }));
  return agreementView(facts);
}
