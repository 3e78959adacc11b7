/** The moderation operations of the API (operators only): schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const moderationOperations = defineOperations('moderation', {
  listModerationQueue: {
    method: 'GET',
    path: '/api/v1/moderation/comments',
    summary: 'Comments waiting for moderation (held), or kept as spam',
    auth: 'member',
    query: 'ModerationQueueQuery',
    response: 'ModerationQueue',
  },
  approveComment: {
    method: 'POST',
    path: '/api/v1/moderation/comments/:commentId/approve',
    summary: 'Publish a comment; later ones from the same address appear at once',
    auth: 'member',
    params: 'CommentParams',
    response: 'ModeratedCommentAnswer',
  },
  rejectComment: {
    method: 'POST',
    path: '/api/v1/moderation/comments/:commentId/reject',
    summary: 'Keep a comment from being published',
    auth: 'member',
    params: 'CommentParams',
    response: 'ModeratedCommentAnswer',
  },
  markCommentSpam: {
    method: 'POST',
    path: '/api/v1/moderation/comments/:commentId/spam',
    summary: 'Move a comment to the spam list',
    auth: 'member',
    params: 'CommentParams',
    response: 'ModeratedCommentAnswer',
  },
  deleteModeratedComment: {
    method: 'DELETE',
    path: '/api/v1/moderation/comments/:commentId',
    summary: 'Delete a comment for good (one with replies leaves an empty place for them)',
    auth: 'member',
    status: 204,
    params: 'CommentParams',
  },
  listModeratedArticles: {
    method: 'GET',
    path: '/api/v1/moderation/articles',
    summary: 'The guide’s articles, and whether each takes comments',
    auth: 'member',
    response: 'ModeratedArticleList',
  },
  setArticleComments: {
    method: 'PUT',
    path: '/api/v1/moderation/articles/:slug',
    summary: 'Close or reopen the comments of an article',
    auth: 'member',
    params: 'ArticleParams',
    body: 'ArticleCommentsBody',
    response: 'ModeratedArticleAnswer',
  },
});
