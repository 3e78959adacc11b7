/**
 * The comment form's addresses. Plain HTML forms, so they work without
 * JavaScript: a post answers 303 to the article (Post/Redirect/Get) or shows
 * the article again with 422 and every value kept; the delete link shows a
 * page asking to confirm (a GET changes nothing) whose form does the deletion.
 *
 * Form bodies are parsed only here, in this plugin's own scope (guide/plain-forms.ts).
 */
import type { FastifyInstance } from 'fastify';
import {
  acceptFormBodies,
  formField,
  PUBLIC_ROUTE,
  queryField,
  sendPage,
} from '../guide/plain-forms.js';
import { layout } from '../guide/pages.js';
import { markup } from '../guide/html.js';
import type { ArticleExtras } from '../guide/routes.js';
import type { GuideSite } from '../guide/site.js';
import { readForm } from './fields.js';
import { commentsSection, type FormState, type StatusMessage } from './render.js';
import { SectionCache } from './section-cache.js';
import type { CommentService } from './service.js';

const STATUSES = new Set<StatusMessage>(['held', 'published', 'deleted', 'closed', 'notify-on']);

/** The comments under an article, for the guide's article route. */
export function commentExtras(comments: CommentService): ArticleExtras {
  const cache = new SectionCache(comments.changes);
  const plain = (slug: string) => async () =>
    commentsSection(slug, await comments.forArticle(slug), { token: comments.formToken(slug) });
  return {
    async section(request, slug) {
      const reply = queryField(request, 'reply');
      const status = queryField(request, 'comment');
      // The page as most readers see it comes from the cache; a reply form or a status line is rendered.
      if (reply === '' && status === '') return cache.get(slug, plain(slug));
      const data = await comments.forArticle(slug);
      const state: FormState = { token: comments.formToken(slug) };
      if (reply !== '' && !data.closed) {
        const problem = await comments.replyProblem(slug, reply);
        if (problem) state.replyRefused = problem;
        else state.replyTo = data.threads.find((t) => t.comment.id === reply)?.comment;
      }
      const shown = status as StatusMessage;
      return commentsSection(slug, data, state, STATUSES.has(shown) ? shown : undefined);
    },
  };
}

function smallPage(site: GuideSite, title: string, body: ReturnType<typeof markup>): string {
  return layout(site.info, {
    title: `${title} — Mend`,
    description: title,
    path: '/guide',
    type: 'website',
    main: markup`      <h1>${title}</h1>
${body}`,
  });
}

export function registerCommentRoutes(
  app: FastifyInstance,
  site: GuideSite,
  comments: CommentService,
): void {
  void app.register(async (scope) => {
    acceptFormBodies(scope);

    scope.post<{ Params: { slug: string } }>(
      '/guide/:slug/comments',
      PUBLIC_ROUTE,
      async (request, reply) => {
        const { slug } = request.params;
        if (!site.pages.has(slug)) return sendPage(reply, 404, site.notFound);
        const body = request.body;
        const input = readForm(
          body && typeof body === 'object' ? (body as Record<string, unknown>) : {},
        );
        const result = await comments.post(slug, input, request.ip);
        switch (result.kind) {
          case 'published':
            return reply.redirect(`/guide/${slug}?comment=published#comment-${result.id}`, 303);
          case 'held':
            return reply.redirect(`/guide/${slug}?comment=held#comment-status`, 303);
          case 'closed': {
            const data = await comments.forArticle(slug);
            const section = commentsSection(slug, data, { token: '' }, 'closed');
            return sendPage(reply, 403, site.renderArticle(slug, section)!);
          }
          case 'expired':
          case 'invalid': {
            const data = await comments.forArticle(slug);
            const state: FormState = {
              token: comments.keepToken(slug, result.values.token),
              values: result.values,
              ...(result.kind === 'invalid' ? { problems: result.problems } : {}),
            };
            if (result.values.parent !== '') {
              const parent = data.threads.find((t) => t.comment.id === result.values.parent);
              if (parent && parent.comment.status === 'published') state.replyTo = parent.comment;
            }
            const section = commentsSection(
              slug,
              data,
              state,
              result.kind === 'expired' ? 'expired' : undefined,
            );
            return sendPage(reply, 422, site.renderArticle(slug, section)!);
          }
        }
      },
    );

    const usedLink = () =>
      smallPage(
        site,
        'This link does not work any more',
        markup`      <p>A link from a comment's e-mail works once. It was used already, the comment was deleted, or the link is not complete.</p>
      <p><a href="/guide">Back to the guide</a></p>`,
      );

    scope.get('/guide/comments/delete', PUBLIC_ROUTE, async (request, reply) => {
      const token = queryField(request, 'token');
      const comment = await comments.byDeleteToken(token);
      if (!comment) return sendPage(reply, 404, usedLink());
      const article = site.articles.find((a) => a.slug === comment.articleSlug);
      return sendPage(
        reply,
        200,
        smallPage(
          site,
          'Delete your comment?',
          markup`      <p>Your comment of <time datetime="${comment.createdAt}">${comment.createdAt.slice(0, 10)}</time> under “${article?.title ?? comment.articleSlug}” will be removed for good. This cannot be undone.</p>
      <form method="post" action="/guide/comments/delete">
        <input type="hidden" name="token" value="${token}">
        <button type="submit">Delete my comment</button>
      </form>
      <p><a href="/guide/${comment.articleSlug}">Keep it and go back to the article</a></p>`,
        ),
      );
    });

    // Reply notices: the mailed link's page asks first (mail scanners open links).
    scope.get('/guide/comments/notify', PUBLIC_ROUTE, async (request, reply) => {
      const token = queryField(request, 'token');
      if (!(await comments.notifyLinkWorks(token))) return sendPage(reply, 410, usedLink());
      return sendPage(
        reply,
        200,
        smallPage(
          site,
          'E-mail me when someone replies?',
          markup`      <p>Press the button to receive a short e-mail when someone replies in the conversation of your comment. Each has a link to stop them.</p>
      <form class="subscribe-form" method="post" action="/guide/comments/notify">
        <input type="hidden" name="token" value="${token}">
        <button type="submit">Yes, e-mail me</button>
      </form>
      <p><a href="/guide">Not now: back to the guide</a></p>`,
        ),
      );
    });

    scope.post('/guide/comments/notify', PUBLIC_ROUTE, async (request, reply) => {
      const confirmed = await comments.confirmNotify(formField(request.body, 'token'));
      if (!confirmed) return sendPage(reply, 410, usedLink());
      return reply.redirect(`/guide/${confirmed.slug}?comment=notify-on#comment-status`, 303);
    });

    scope.post('/guide/comments/delete', PUBLIC_ROUTE, async (request, reply) => {
      const token = formField(request.body, 'token');
      const deleted = await comments.deleteByToken(token);
      if (!deleted) return sendPage(reply, 404, usedLink());
      return reply.redirect(`/guide/${deleted.slug}?comment=deleted#comment-status`, 303);
    });
  });
}
