/**
 * Moderating the guide's comments: for operators only (anyone else is
 * answered 404). A comment here never carries its writer's e-mail address —
 * the operator acts on the comment, not on the person.
 */
import { z } from 'zod';
import { Id, Instant } from './common.js';

export const ModerationQueueStatus = z.enum(['held', 'spam']);

export const ModerationQueueQuery = z.strictObject({
  status: ModerationQueueStatus.default('held'),
});

export const ModeratedComment = z.object({
  id: Id,
  articleSlug: z.string(),
  articleTitle: z.string(),
  /** The comment this one answers, if it is a reply. */
  parentId: Id.nullable(),
  name: z.string(),
  website: z.string().nullable(),
  body: z.string(),
  status: z.enum(['held', 'published', 'spam', 'rejected']),
  /** The spam signal that caught it (honeypot, too-fast, form-token, rate-address, rate-client, links, banned-word). */
  reason: z.string().nullable(),
  createdAt: Instant,
});
export type ModeratedComment = z.infer<typeof ModeratedComment>;

export const ModerationQueue = z.object({ items: z.array(ModeratedComment) });
export const ModeratedCommentAnswer = z.object({ comment: ModeratedComment });
export const CommentParams = z.strictObject({ commentId: Id });

export const ArticleSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article’s slug')
  .max(100);

export const ModeratedArticle = z.object({
  slug: z.string(),
  title: z.string(),
  commentsOpen: z.boolean(),
});
export type ModeratedArticle = z.infer<typeof ModeratedArticle>;

export const ModeratedArticleList = z.object({ items: z.array(ModeratedArticle) });
export const ModeratedArticleAnswer = z.object({ article: ModeratedArticle });
export const ArticleParams = z.strictObject({ slug: ArticleSlug });
export const ArticleCommentsBody = z.strictObject({ commentsOpen: z.boolean() });
