import type { FastifyInstance } from 'fastify';
import { moderationOperations } from '../../../contract/operations/moderation.js';
import { registerOperations } from '../../platform/http/route.js';
import type { ModerationService } from './service.js';

export function registerModerationRoutes(app: FastifyInstance, moderation: ModerationService) {
  registerOperations(app, moderationOperations, {
    listModerationQueue: async ({ actor, query }) => ({
      items: await moderation.queue(actor, query.status),
    }),
    approveComment: async ({ actor, params }) => ({
      comment: await moderation.approve(actor, params.commentId),
    }),
    rejectComment: async ({ actor, params }) => ({
      comment: await moderation.reject(actor, params.commentId),
    }),
    markCommentSpam: async ({ actor, params }) => ({
      comment: await moderation.spam(actor, params.commentId),
    }),
    deleteModeratedComment: async ({ actor, params }) => {
      await moderation.remove(actor, params.commentId);
    },
    listModeratedArticles: async ({ actor }) => ({ items: await moderation.articles(actor) }),
    setArticleComments: async ({ actor, params, body }) => ({
      article: await moderation.setCommentsOpen(actor, params.slug, body.commentsOpen),
    }),
  });
}
