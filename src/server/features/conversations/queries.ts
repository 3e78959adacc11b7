/**
 * Conversation and conversation-rating rows: the writes, and the reads only
 * conversations needs (what other features read is in `reads.ts`). Every
 * query takes the space id.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { ConversationRatingsTable, ConversationsTable, DB } from '../../platform/db/schema.js';
import { findVisible } from '../repair-shared/visible-rows.js';

export type ConversationRow = Selectable<ConversationsTable>;
export type ConversationRatingRow = Selectable<ConversationRatingsTable>;

export async function insertConversation(db: Kysely<DB>, row: ConversationRow): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

export function findConversation(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return findVisible(db, 'conversations', { spaceId, reader }, id);
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
