/**
 * Telling commenters of replies, for those who asked (and confirmed through
 * a mailed link). A notice says only that someone replied, with a link to
 * the reply: no names, no words. Everyone who asked in the conversation is
 * told — the first comment's writer and those who replied before — except
 * the reply's own writer, and each address once.
 *
 * A reply is noticed once: `replies_noticed_at` is set by a conditional update
 * in the same transaction as the mails, so a reply approved, rejected and
 * approved again, or approved by two operators at once, mails once.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/deps.js';
import type { DB } from '../../platform/db/schema.js';
import { enqueueMail } from '../../platform/mail/outbox.js';

const binding = (id: string) => ({ rowId: id, table: 'guide_comments' as const });

/** Queues the notices about a published reply, if not queued before; how many. */
export async function noticeReply(
  trx: Kysely<DB>,
  deps: Pick<Deps, 'cipher' | 'config'>,
  replyId: string,
  now: Date,
): Promise<number> {
  const reply = await trx
    .updateTable('guideComments')
    .set({ repliesNoticedAt: now.toISOString() })
    .where('id', '=', replyId)
    .where('parentId', 'is not', null)
    .where('status', '=', 'published')
    .where('repliesNoticedAt', 'is', null)
    .returning(['parentId', 'articleSlug', 'emailLookup'])
    .executeTakeFirst();
  if (!reply?.parentId) return 0;
  const watchers = await trx
    .selectFrom('guideComments')
    .select(['id', 'email', 'emailLookup'])
    .where((eb) => eb.or([eb('id', '=', reply.parentId), eb('parentId', '=', reply.parentId)]))
    .where('id', '!=', replyId)
    .where('status', '=', 'published')
    .where('notify', '=', 'on')
    .orderBy('createdAt')
    .execute();
  const told = new Set<string>(reply.emailLookup ? [reply.emailLookup] : []);
  let queued = 0;
  for (const watcher of watchers) {
    if (!watcher.email || !watcher.emailLookup || told.has(watcher.emailLookup)) continue;
    told.add(watcher.emailLookup);
    const to = deps.cipher.decrypt(watcher.email, binding(watcher.id));
    const mail = await enqueueMail(
      trx,
      deps.cipher,
      {
        to,
        template: 'comment-reply',
        link: `${deps.config.publicUrl}/guide/${reply.articleSlug}#comment-${replyId}`,
      },
      now,
    );
    if (mail) queued += 1;
  }
  return queued;
}

/** True when this address already confirmed reply notices on a comment still up. */
export async function addressHearsReplies(db: Kysely<DB>, lookup: string): Promise<boolean> {
  const row = await db
    .selectFrom('guideComments')
    .select('id')
    .where('emailLookup', '=', lookup)
    .where('notify', '=', 'on')
    .executeTakeFirst();
  return row !== undefined;
}

/** The comment whose reply notices a link would confirm, if the link still works. */
export function findByNotifyToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('guideComments')
    .select(['id', 'articleSlug'])
    .where('notifyTokenHash', '=', tokenHash)
    .where('notify', '=', 'pending')
    .where('status', '!=', 'deleted')
    .executeTakeFirst();
}

/** Confirms through the link and uses it up, in one conditional update. */
export function confirmNotify(db: Kysely<DB>, tokenHash: string) {
  return db
    .updateTable('guideComments')
    .set({ notify: 'on', notifyTokenHash: null })
    .where('notifyTokenHash', '=', tokenHash)
    .where('notify', '=', 'pending')
    .where('status', '!=', 'deleted')
    .returning(['id', 'articleSlug', 'emailLookup'])
    .executeTakeFirst();
}

/** One click in a notice: no more notices to this address, on any comment. */
export async function stopNoticesFor(db: Kysely<DB>, lookup: string): Promise<void> {
  await db
    .updateTable('guideComments')
    .set({ notify: 'off', notifyTokenHash: null })
    .where('emailLookup', '=', lookup)
    .execute();
}
