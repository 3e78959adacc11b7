/**
 * The one write another feature makes on a reassurance request: a note or an
 * affirmation that answers it (kindness/service.ts). Kept here, beside the
 * table, so the rule "answered once, by the partner, in the same space" has
 * one home.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/http/problem.js';
import { findVisible } from '../repair-shared/visible-rows.js';

/** Answering is the partner's part; one's own request is not one's own to answer. */
export const ownRequest = () =>
  new AppError({
    code: 'own-entry',
    title: 'This is your own request: your partner answers it',
    detail: 'Only the partner who was asked can answer a request for reassurance.',
  });

/**
 * Checks that the request can be answered by this member (it exists in their
 * space and is the partner's). Call before the note is written.
 */
export async function requireAnswerable(
  db: Kysely<DB>,
  scope: { spaceId: string; reader: Reader },
  requestId: string,
  memberId: string,
): Promise<void> {
  const request = await findVisible(db, 'reassuranceRequests', scope, requestId);
  if (!request) throw notFound();
  if (request.authorId === memberId) throw ownRequest();
}

/**
 * Marks the request answered by this note. The condition is in the update,
 * so a second note, a retry or the other partner's double tap write nothing:
 * the first answer stays the answer.
 */
export async function markRequestAnswered(
  db: Kysely<DB>,
  spaceId: string,
  requestId: string,
  answer: { memberId: string; noteId: string; at: string },
): Promise<void> {
  await db
    .updateTable('reassuranceRequests')
    .set({ answeredAt: answer.at, answeredBy: answer.memberId, answerNoteId: answer.noteId })
    .where('spaceId', '=', spaceId)
    .where('id', '=', requestId)
    .where('authorId', '!=', answer.memberId)
    .where('answeredAt', 'is', null)
    .execute();
}
