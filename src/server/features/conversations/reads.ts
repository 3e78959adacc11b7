/**
 * The conversation rows other features read: the path counts them, with the
 * ratings the reader may see. Only reads, all through the visibility rule;
 * the writes stay in `queries.ts`.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import { visibleRows } from '../repair-shared/visible-rows.js';

export function listConversations(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  range: { from?: string; to?: string } = {},
) {
  let query = visibleRows(db, 'conversations', { spaceId, reader });
  if (range.from) query = query.where('day', '>=', range.from);
  if (range.to) query = query.where('day', '<=', range.to);
  return query.orderBy('day', 'desc').orderBy('createdAt', 'desc').limit(1000).execute();
}

/**
 * Ratings the visibility rule lets the reader see. The numbers are shared by
 * nature; whether the partner's are shown yet is the reveal rule's call.
 */
export function listConversationRatings(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  conversationIds?: string[],
) {
  let query = visibleRows(db, 'conversationRatings', { spaceId, reader }).where(
    'conversationId',
    'is not',
    null,
  );
  if (conversationIds) {
    if (conversationIds.length === 0) return Promise.resolve([]);
    query = query.where('conversationId', 'in', conversationIds);
  }
  return query.orderBy('createdAt', 'asc').execute();
}
