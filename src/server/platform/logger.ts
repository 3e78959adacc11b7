/**
 * pino options. Logs carry ids, methods, paths and status codes — never bodies,
 * query strings, cookies, tokens or any text a member wrote.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
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
 * Fastify's own request logging writes two (on arrival and on answer), which
 * was a tenth of a read's cost under load (docs/performance.md); the arrival
 * line said nothing the answer line does not.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { req: request, res: reply, responseTime: reply.elapsedTime },
      'request completed',
    );
  });
}
