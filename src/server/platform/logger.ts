/**
 * pino options. Logs carry ids, methods, paths and status codes — never bodies,
 * query strings, cookies, tokens or any text a member wrote.
 */
import type { FastifyServerOptions } from 'fastify';
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
