/**
 * In-app notices. A notice is the member's own: every query names the member,
 * so another member's notice id matches nothing.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

export type NoticeKind =
  | 'new-sign-in'
  | 'password-changed'
  | 'email-changed'
  | 'second-factor-enabled'
  | 'second-factor-disabled'
  | 'recovery-code-used';

export interface NoticeRow {
  id: string;
  kind: string;
  detail: string | null;
  createdAt: string;
}

const NOTICE_LIST_LIMIT = 50;

/** `detail` is a device label at most: a notice never carries content. */
export async function insertNotice(
  db: Kysely<DB>,
  memberId: string,
  kind: NoticeKind,
  detail: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('notices')
    .values({
      id: newId(now.getTime()),
      memberId,
      kind,
      detail,
      createdAt: now.toISOString(),
      dismissedAt: null,
    })
    .execute();
}

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
