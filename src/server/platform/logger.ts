/**
 * pino options. Logs carry ids, methods, paths and status codes — never bodies,
 * query strings, cookies, tokens or any text a member wrote.
 */
import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { DestinationStream } from 'pino';

interface RequestLike {
  id?: string;
  method?: string;
  url?: string;
}

export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers', 'headers', 'body', 'req.body', '*.password', '*.token', '*.text'],
      remove: true,
    },
    serializers: {
      req: (request: RequestLike) => ({
        id: request.id,
        method: request.method,
        // The path only: query strings are dropped on principle.
        path: request.url?.split('?')[0],
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/**
 * One line per request, when it is answered: method, path, status and time.
 * Fastify's default writes two (on arrival and on answer), which was a good
 * part of a read's logging cost under load (docs/performance.md), and the
 * arrival line said nothing the answer line cannot. Every other log line
 * Fastify writes (errors, unknown routes) stays as it was.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
