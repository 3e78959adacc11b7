/**
 * Leaving a comment under a guide article, and deleting it through the link
 * mailed to its writer.
 *
 * Every accepted submission is stored: published at once when the address
 * (its blind index) already had a comment approved, held for the operator
 * otherwise, or kept as spam with the signal that caught it. Spam gets the
 * very answer a held comment gets, so a program learns nothing from it, and
 * a person caught by mistake can be rescued from the spam list.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/deps.js';
import type { DB } from '../../platform/db/schema.js';
import type { CipherBinding } from '../../platform/crypto/field-cipher.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { newId } from '../../platform/ids.js';
import { addressLookup, enqueueMail, normalizeAddress } from '../../platform/mail/outbox.js';
import { turnKindOn } from '../../platform/mail/unsubscribe.js';
import { checkFields, type CommentValues, type FieldProblem } from './fields.js';
import { formTokens } from './form-token.js';
import {
  addressTrusted,
  deleteComment,
  findByDeleteToken,
  findComment,
  insertComment,
  isClosed,
  setClosed,
  setStatus,
  visibleComments,
  type ShownComment,
} from './queries.js';
import {
  addressHearsReplies,
  confirmNotify,
  findByNotifyToken,
  noticeReply,
} from './reply-notices.js';
import { textSignal } from './spam.js';

export const commentBinding = (id: string): CipherBinding => ({
  rowId: id,
  table: 'guide_comments',
});

/** Per address and per client address, in an hour: more is treated as spam (and kept). */
export const RATE_WINDOW_MS = 60 * 60_000;
export const MAX_PER_ADDRESS = 5;
export const MAX_PER_CLIENT = 10;

export type PostResult =
  | { kind: 'published'; id: string }
  /** Held for moderation — or spam, which answers the same. */
  | { kind: 'held' }
  | { kind: 'invalid'; problems: FieldProblem[]; values: CommentValues }
  /** The form is a day old: shown again with everything typed, to be sent once more. */
  | { kind: 'expired'; values: CommentValues }
  | { kind: 'closed' };

export interface Thread {
  comment: ShownComment;
  replies: ShownComment[];
}

export interface ArticleComments {
  threads: Thread[];
  closed: boolean;
  count: number;
}

/** Why a reply cannot be attached, in words for the reader; null when it can. */
export async function replyProblem(
  db: Kysely<DB>,
  slug: string,
  parentId: string,
): Promise<string | null> {
  const parent = /^[\w-]{1,64}$/.test(parentId) ? await findComment(db, parentId) : undefined;
  if (!parent || parent.articleSlug !== slug || parent.status !== 'published')
    return 'The comment you are answering is not published under this article. You can write a new comment instead.';
  if (parent.parentId !== null)
    return 'Replies go one level deep: answer the first comment of this conversation instead.';
  return null;
}

export function commentService(deps: Deps) {
  const { db, clock, cipher, limiter, config, log } = deps;
  const tokens = formTokens(cipher);
  /** Raised on every change to what an article page shows (section-cache.ts reads it). */
  let changes = 0;
  const changed = <T>(result: T): T => {
    changes += 1;
    return result;
  };

  async function spamSignal(input: {
    slug: string;
    honeypot: string;
    token: string;
    lookup: string;
    client: string;
    fields: { name: string; website: string; body: string };
  }): Promise<string | null> {
    if (input.honeypot !== '') return 'honeypot';
    const token = tokens.check(input.token, input.slug, clock.now());
    if (token === 'forged') return 'form-token';
    if (token === 'too-fast') return 'too-fast';
    // Counted for every well-formed comment, so a flood is caught whatever it says.
    const perAddress = await limiter.hit(`comment:addr:${input.lookup}`, RATE_WINDOW_MS);
    const perClient = await limiter.hit(`comment:client:${input.client}`, RATE_WINDOW_MS);
    if (perAddress.count > MAX_PER_ADDRESS) return 'rate-address';
    if (perClient.count > MAX_PER_CLIENT) return 'rate-client';
    return textSignal(input.fields);
  }

  return {
    changes: () => changes,

    formToken: (slug: string) => tokens.issue(slug, clock.now()),

    /** A token still good to send (kept when the form is shown again), or a new one. */
    keepToken(slug: string, token: string): string {
      const check = tokens.check(token, slug, clock.now());
      return check === 'ok' || check === 'too-fast' ? token : tokens.issue(slug, clock.now());
    },

    async forArticle(slug: string): Promise<ArticleComments> {
      const rows = await visibleComments(db, slug);
      const threads: Thread[] = rows
        .filter((row) => row.parentId === null)
        .map((comment) => ({
          comment,
          replies: rows.filter((row) => row.parentId === comment.id && row.status === 'published'),
        }))
        // A deleted comment stays only as long as it holds replies.
        .filter((thread) => thread.comment.status === 'published' || thread.replies.length > 0);
      const count = threads.reduce(
        (n, t) => n + t.replies.length + (t.comment.status === 'published' ? 1 : 0),
        0,
      );
      return { threads, closed: await isClosed(db, slug), count };
    },

    replyProblem: (slug: string, parentId: string) => replyProblem(db, slug, parentId),

    async post(
      slug: string,
      input: { values: CommentValues; honeypot: string },
      client: string,
    ): Promise<PostResult> {
      const { values } = input;
      if (await isClosed(db, slug)) return { kind: 'closed' };
      const checked = checkFields(values);
      const problems = checked.ok ? [] : [...checked.problems];
      if (values.parent !== '') {
        const problem = await replyProblem(db, slug, values.parent);
        if (problem) problems.push({ field: 'parent', message: problem });
      }
      if (!checked.ok || problems.length > 0) return { kind: 'invalid', problems, values };
      if (tokens.check(values.token, slug, clock.now()) === 'expired')
        return { kind: 'expired', values };

      const { name, website, body } = checked.comment;
      const email = normalizeAddress(checked.comment.email);
      const lookup = addressLookup(cipher, email);
      const reason = await spamSignal({
        slug,
        honeypot: input.honeypot,
        token: values.token,
        lookup,
        client,
        fields: { name, website: website ?? '', body },
      });
      const trusted = reason === null && (await addressTrusted(db, lookup));
      const status = reason !== null ? 'spam' : trusted ? 'published' : 'held';

      const now = clock.now();
      const id = newId(now.getTime());
      const deleteToken = newToken();
      // Reply notices as asked: at once for an address that confirmed them
      // before, after a mailed link otherwise; never for spam (see below).
      const notifyToken = newToken();
      const notify =
        values.notify !== 'on' || status === 'spam'
          ? 'off'
          : (await addressHearsReplies(db, lookup))
            ? 'on'
            : 'pending';
      await db.transaction().execute(async (trx) => {
        await insertComment(trx, {
          id,
          articleSlug: slug,
          parentId: values.parent === '' ? null : values.parent,
          name,
          website,
          body,
          email: cipher.encrypt(email, commentBinding(id)),
          emailLookup: lookup,
          status,
          reason,
          deleteTokenHash: hashToken(deleteToken),
          createdAt: now.toISOString(),
          moderatedAt: null,
          notify,
          notifyTokenHash: notify === 'pending' ? hashToken(notifyToken) : null,
          repliesNoticedAt: null,
        });
        if (notify === 'pending')
          await enqueueMail(
            trx,
            cipher,
            {
              to: email,
              template: 'comment-reply-confirm',
              link: `${config.publicUrl}/guide/comments/notify?token=${notifyToken}`,
            },
            now,
          );
        if (status === 'published') await noticeReply(trx, deps, id, now);
        // Spam is not mailed: a program must not make Mend write to whoever it names.
        if (status !== 'spam') {
          await enqueueMail(
            trx,
            cipher,
            {
              to: email,
              template: 'comment-delete-link',
              link: `${config.publicUrl}/guide/comments/delete?token=${deleteToken}`,
            },
            now,
          );
        }
      });
      log.info({ commentId: id, status, reason }, 'guide comment received');
      return changed(status === 'published' ? { kind: 'published', id } : { kind: 'held' });
    },

    /**
     * The moderator's changes (the moderation feature checks the operator
     * first). Publishing a reply tells those who asked, once.
     */
    setStatus: (id: string, status: 'published' | 'rejected' | 'spam') =>
      db.transaction().execute(async (trx) => {
        const now = clock.now();
        const updated = await setStatus(trx, id, status, now);
        if (updated && status === 'published') await noticeReply(trx, deps, id, now);
        return changed(updated);
      }),
    remove: async (id: string) => changed(await deleteComment(db, id, clock.now())),
    setClosed: async (slug: string, closed: boolean) =>
      changed(await setClosed(db, slug, closed, clock.now())),

    /** Whether a reply-notice confirmation link still works (its page asks first). */
    async notifyLinkWorks(token: string): Promise<boolean> {
      if (token === '' || token.length > 200) return false;
      return (await findByNotifyToken(db, hashToken(token))) !== undefined;
    },

    /** Confirms reply notices through the link; null when it was used or never worked. */
    async confirmNotify(token: string): Promise<{ slug: string } | null> {
      if (token === '' || token.length > 200) return null;
      const row = await confirmNotify(db, hashToken(token));
      if (!row) return null;
      // Asking again after a one-click stop is asking anew.
      if (row.emailLookup) await turnKindOn(db, row.emailLookup, 'comment-reply');
      log.info({ commentId: row.id }, 'guide comment reply notices confirmed');
      return { slug: row.articleSlug };
    },

    /** The comment a delete link stands for, if the link is still good. */
    async byDeleteToken(token: string) {
      if (token === '' || token.length > 200) return undefined;
      return findByDeleteToken(db, hashToken(token));
    },

    /** Deletes through the link; false when the link was used already or never worked. */
    async deleteByToken(token: string): Promise<{ slug: string } | null> {
      if (token === '' || token.length > 200) return null;
      const row = await findByDeleteToken(db, hashToken(token));
      if (!row) return null;
      await deleteComment(db, row.id, clock.now());
      log.info({ commentId: row.id }, 'guide comment deleted by its writer');
      return changed({ slug: row.articleSlug });
    },
  };
}

export type CommentService = ReturnType<typeof commentService>;
