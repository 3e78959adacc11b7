/**
 * How another feature tells a member that something happened to their account
 * (a new sign-in, a changed password, a second factor turned on): a notice the
 * member sees in the app and dismisses. Sessions list and dismiss them.
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
