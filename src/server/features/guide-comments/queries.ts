/**
 * The guide's comment rows. Public reads select only what may be shown (never
 * the e-mail column); the moderation feature reads the queue through here too.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { CommentStatus, GuideCommentsTable } from '../../platform/db/schema-guide-comments.js';

/** The columns a page or the moderation queue may show: no e-mail, no token. */
export const SHOWN_COLUMNS = [
  'id',
  'articleSlug',
  'parentId',
  'name',
  'website',
  'body',
  'status',
  'reason',
  'createdAt',
] as const;

export async function insertComment(db: Kysely<DB>, row: Insertable<GuideCommentsTable>) {
  await db.insertInto('guideComments').values(row).execute();
}

/** What an article's page shows: published comments, and deleted ones still holding replies. */
export function visibleComments(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('guideComments')
    .select(SHOWN_COLUMNS)
    .where('articleSlug', '=', slug)
    .where('status', 'in', ['published', 'deleted'])
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function findComment(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('guideComments')
    .select(SHOWN_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True once a comment from this address (its blind index) was approved and is still up. */
export async function addressTrusted(db: Kysely<DB>, lookup: string): Promise<boolean> {
  const row = await db
    .selectFrom('guideComments')
    .select('id')
    .where('emailLookup', '=', lookup)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row !== undefined;
}

export function findByDeleteToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('guideComments')
    .select(SHOWN_COLUMNS)
    .where('deleteTokenHash', '=', tokenHash)
    .where('status', '!=', 'deleted')
    .executeTakeFirst();
}

/**
 * Deletes a comment. One with replies stays as an empty "deleted" row, so the
 * replies others wrote keep their place; its name, text and address go.
 */
export async function deleteComment(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  const reply = await db
    .selectFrom('guideComments')
    .select('id')
    .where('parentId', '=', id)
    .executeTakeFirst();
  if (!reply) {
    await db.deleteFrom('guideComments').where('id', '=', id).execute();
    return;
  }
  await db
    .updateTable('guideComments')
    .set({
      status: 'deleted',
      name: '',
      website: null,
      body: '',
      email: null,
      emailLookup: null,
      reason: null,
      deleteTokenHash: null,
      notify: 'off',
      notifyTokenHash: null,
      moderatedAt: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setStatus(
  db: Kysely<DB>,
  id: string,
  status: Exclude<CommentStatus, 'deleted'>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('guideComments')
    .set({ status, moderatedAt: now.toISOString() })
    .where('id', '=', id)
    .where('status', '!=', 'deleted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function queue(db: Kysely<DB>, status: 'held' | 'spam') {
  return db
    .selectFrom('guideComments')
    .select(SHOWN_COLUMNS)
    .where('status', '=', status)
    .orderBy('createdAt')
    .orderBy('id')
    .limit(500)
    .execute();
}

export async function isClosed(db: Kysely<DB>, slug: string): Promise<boolean> {
  const row = await db
    .selectFrom('guideClosedArticles')
    .select('articleSlug')
    .where('articleSlug', '=', slug)
    .executeTakeFirst();
  return row !== undefined;
}

export async function closedSlugs(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('guideClosedArticles').select('articleSlug').execute();
  return new Set(rows.map((r) => r.articleSlug));
}

export async function setClosed(db: Kysely<DB>, slug: string, closed: boolean, now: Date) {
  if (!closed) {
    await db.deleteFrom('guideClosedArticles').where('articleSlug', '=', slug).execute();
    return;
  }
  await db
    .insertInto('guideClosedArticles')
    .values({ articleSlug: slug, closedAt: now.toISOString() })
    .onConflict((c) => c.column('articleSlug').doNothing())
    .execute();
}

export type ShownComment = Awaited<ReturnType<typeof visibleComments>>[number];
