/** Conversation and conversation-rating rows; every query takes the space id. */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { ConversationRatingsTable, ConversationsTable, DB } from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';

export type ConversationRow = Selectable<ConversationsTable>;
export type ConversationRatingRow = Selectable<ConversationRatingsTable>;

export async function insertConversation(db: Kysely<DB>, row: ConversationRow): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

export function findConversation(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .where(visibleTo(reader))
    .executeTakeFirst();
}

export function listConversations(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  range: { from?: string; to?: string } = {},
) {
  let query = db
    .selectFrom('conversations')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where(visibleTo(reader));
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
  let query = db
    .selectFrom('conversationRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('conversationId', 'is not', null)
    .where(visibleTo(reader));
  if (conversationIds) {
    if (conversationIds.length === 0) return Promise.resolve([]);
    query = query.where('conversationId', 'in', conversationIds);
  }
  return query.orderBy('createdAt', 'asc').execute();
}

export function findOwnRating(
  db: Kysely<DB>,
  spaceId: string,
  conversationId: string,
  authorId: string,
) {
  return db
    .selectFrom('conversationRatings')
    .selectAll()
    .where('spaceId', '=', spaceId)
    .where('conversationId', '=', conversationId)
    .where('authorId', '=', authorId)
    .executeTakeFirst();
}

/**
 * Inserts the author's rating unless they rated this conversation already;
 * true when this insert made the row. A concurrent insert of the same rating
 * makes this one wait, then do nothing (on PostgreSQL), so no write fails.
 */
export async function insertConversationRatingIfAbsent(
  db: Kysely<DB>,
  row: ConversationRatingRow,
): Promise<boolean> {
  const result = await db
    .insertInto('conversationRatings')
    .values(row)
    .onConflict((oc) => oc.columns(['conversationId', 'authorId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateConversationRating(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Partial<
    Pick<
      ConversationRatingRow,
      'feltSafe' | 'feltHeard' | 'noteText' | 'noteVisibility' | 'therapistVisible' | 'updatedAt'
    >
  >,
): Promise<void> {
  await db
    .updateTable('conversationRatings')
    .set(fields)
    .where('spaceId', '=', spaceId)
    .where('id', '=', id)
    .execute();
}
