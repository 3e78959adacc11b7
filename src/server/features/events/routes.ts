/**
 * GET /api/v1/events as Server-Sent Events: `retry:` first, a comment line as
 * a heartbeat (proxies close a silent connection), and one message per event
 * with its `id:` so the browser's EventSource sends it back as Last-Event-ID
 * when it reconnects. Each message's data goes through the SpaceEvent schema,
 * the same allow-list as every other answer. Open streams end when the app
 * closes, so shutting down never waits on them.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { SpaceEvent } from '../../../contract/events.js';
import { eventOperations } from '../../../contract/operations/events.js';
import { registerOperations } from '../../platform/http/route.js';
import type { EventService, StreamEvent } from './service.js';

export interface StreamTiming {
  heartbeatMs: number;
  /** What the browser waits before reconnecting. */
  retryMs: number;
}

/**
 * One member's open streams on this node, at most: a phone and a laptop with a
 * few tabs each. Opening one more ends the oldest (a tab still alive simply
 * reconnects), so a loop that opens streams cannot pile them up.
 */
export const STREAMS_PER_MEMBER = 8;

function message(event: StreamEvent): string {
  const data = SpaceEvent.parse({ kind: event.kind, id: event.itemId });
  return `id: ${event.id}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function registerEventRoutes(
  app: FastifyInstance,
  events: EventService,
  timing: StreamTiming,
): void {
  const open = new Map<string, Set<() => void>>();
  app.addHook('preClose', (done) => {
    for (const streams of [...open.values()]) for (const finish of [...streams]) finish();
    done();
  });

  registerOperations(app, eventOperations, {
    streamEvents: async ({ actor, request, reply }) => {
      const stream = new PassThrough();
      const write = (text: string) => {
        if (!stream.writableEnded) stream.write(text);
      };
      // Filled in once the stream is following; `finish` may run before that.
      const running: { heartbeat?: NodeJS.Timeout; stop?: () => void } = {};
      const finish = () => {
        clearInterval(running.heartbeat);
        const streams = open.get(actor.memberId);
        streams?.delete(finish);
        if (streams?.size === 0) open.delete(actor.memberId);
        running.stop?.();
        if (!stream.writableEnded) stream.end();
      };
      write(`retry: ${timing.retryMs}\n\n`);
      const lastEventId = request.headers['last-event-id'];
      // Refused access throws here, before anything is sent: a problem answer as usual.
      running.stop = await events.follow(
        actor,
        typeof lastEventId === 'string' ? lastEventId : undefined,
        {
          deliver: (event) => write(message(event)),
          end: finish,
        },
      );
      const streams = open.get(actor.memberId) ?? new Set();
      open.set(actor.memberId, streams);
      streams.add(finish);
      if (streams.size > STREAMS_PER_MEMBER) [...streams][0]?.();
      running.heartbeat = setInterval(() => write(': still here\n\n'), timing.heartbeatMs);
      running.heartbeat.unref();
      reply.raw.on('close', finish);
      void reply
        .status(200)
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-store')
        // A proxy that buffers (nginx) would hold the events back.
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  });
}
