/** The path operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const pathOperations = defineOperations('path', {
  getPath: {
    method: 'GET',
    path: '/api/v1/path',
    summary: '“Where we are”: the ten steps, which are reached, and a gentle next suggestion',
    auth: 'member',
    response: 'PathAnswer',
  },
  getTimeline: {
    method: 'GET',
    path: '/api/v1/timeline',
    summary: 'What happened on the path, setbacks included, newest first',
    auth: 'member',
    query: 'TimelineQuery',
    response: 'TimelineAnswer',
  },
});
