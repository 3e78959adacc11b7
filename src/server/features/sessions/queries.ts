/**
 * In-app notices, as the member lists and dismisses them (other features leave
 * one through `notices.ts`). A notice is the member's own: every query names
 * the member, so another member's notice id matches nothing.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface NoticeRow {
  id: string;
  kind: string;
  detail: string | null;
  createdAt: string;
}

const NOTICE_LIST_LIMIT = 50;

export function listOpenNotices(db: Kysely<DB>, memberId: string): Promise<NoticeRow[]> {
  return db
    .selectFrom('notices')
    .select(['id', 'kind', 'detail', 'createdAt'])
    .where('memberId', '=', memberId)
    .where('dismissedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(NOTICE_LIST_LIMIT)
    .execute();
}

/** Returns whether the member has such a notice (dismissing twice is fine). */
export async function dismissNotice(
  db: Kysely<DB>,
  memberId: string,
  noticeId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('notices')
    .set({ dismissedAt: now.toISOString() })
    .where('id', '=', noticeId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
