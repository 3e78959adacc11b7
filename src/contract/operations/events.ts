/** The live-update stream (issue 11): one operation, answered as Server-Sent Events. */
import { defineOperations } from '../operation.js';

export const eventOperations = defineOperations('events', {
  streamEvents: {
    method: 'GET',
    path: '/api/v1/events',
    summary:
      'Server-Sent Events of the partner’s activity in the reader’s space: kinds and ids only; ' +
      '`Last-Event-ID` catches up on what was missed',
    auth: 'member',
    response: 'SpaceEvent',
    stream: 'text/event-stream',
  },
});
