/**
 * Moderating the guide's comments. Every method checks first that the actor
 * is an operator (anyone else gets 404, as for any refused access). What goes
 * out never holds a writer's e-mail: the queries select only shown columns.
 */
import type { z } from 'zod';
import type { ModeratedArticle, ModeratedComment } from '../../../contract/moderation.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireOperator } from '../../platform/auth/operator.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import type { Article } from '../guide/articles.js';
import { closedSlugs, findComment, queue, type ShownComment } from '../guide-comments/reads.js';
import type { CommentService } from '../guide-comments/service.js';

export function moderationService(
  deps: Deps,
  articles: readonly Article[],
  comments: CommentService,
) {
  const { db, log } = deps;
  const titles = new Map(articles.map((a) => [a.slug, a.title]));

  const present = (row: ShownComment): z.input<typeof ModeratedComment> => {
    if (row.status === 'deleted') throw notFound();
    return {
      id: row.id,
      articleSlug: row.articleSlug,
      articleTitle: titles.get(row.articleSlug) ?? row.articleSlug,
      parentId: row.parentId,
      name: row.name,
      website: row.website,
      body: row.body,
      status: row.status,
      reason: row.reason,
      createdAt: row.createdAt,
    };
  };

  async function change(
    actor: Actor,
    id: string,
    status: 'published' | 'rejected' | 'spam',
  ): Promise<z.input<typeof ModeratedComment>> {
    await requireOperator(db, actor);
    if (!(await comments.setStatus(id, status))) throw notFound();
    log.info({ commentId: id, status, operatorId: actor.memberId }, 'guide comment moderated');
    const row = await findComment(db, id);
    if (!row) throw notFound();
    return present(row);
  }

  const article = (slug: string, closed: Set<string>): z.input<typeof ModeratedArticle> => ({
    slug,
    title: titles.get(slug)!,
    commentsOpen: !closed.has(slug),
  });

  return {
    async queue(actor: Actor, status: 'held' | 'spam') {
      await requireOperator(db, actor);
      return (await queue(db, status)).map(present);
    },
    approve: (actor: Actor, id: string) => change(actor, id, 'published'),
    reject: (actor: Actor, id: string) => change(actor, id, 'rejected'),
    spam: (actor: Actor, id: string) => change(actor, id, 'spam'),

    async remove(actor: Actor, id: string): Promise<void> {
      await requireOperator(db, actor);
      const row = await findComment(db, id);
      if (!row || row.status === 'deleted') throw notFound();
      await comments.remove(id);
      log.info({ commentId: id, operatorId: actor.memberId }, 'guide comment deleted');
    },

    async articles(actor: Actor) {
      await requireOperator(db, actor);
      const closed = await closedSlugs(db);
      return articles.map((a) => article(a.slug, closed));
    },

    async setCommentsOpen(actor: Actor, slug: string, open: boolean) {
      await requireOperator(db, actor);
      if (!titles.has(slug)) throw notFound();
      await comments.setClosed(slug, !open);
      log.info({ slug, open, operatorId: actor.memberId }, 'guide comments opened or closed');
      return article(slug, await closedSlugs(db));
    },
  };
}

export type ModerationService = ReturnType<typeof moderationService>;
