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

function message(event: StreamEvent): string {
  const data = SpaceEvent.parse({ kind: event.kind, id: event.itemId });
  return `id: ${event.id}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function registerEventRoutes(
  app: FastifyInstance,
  events: EventService,
  timing: StreamTiming,
): void {
  const open = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const finish of [...open]) finish();
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
        open.delete(finish);
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
      open.add(finish);
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
