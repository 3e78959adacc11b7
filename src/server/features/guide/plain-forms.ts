/**
 * What the guide's plain-HTML form routes (comments, subscription) share.
 * Plain forms post `application/x-www-form-urlencoded`, which Fastify does
 * not parse: these routes accept it in their own plugin scope only, so the
 * JSON API keeps taking JSON alone. Their pages are never cached: they show
 * what was just typed or a link's state.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The options of a route anyone may use, without a session. */
export const PUBLIC_ROUTE = { config: { auth: 'public' as const } };

/** Parses form bodies in this scope into a null-prototype object (no field reaches Object's prototype); a repeated field keeps its first value. */
export function acceptFormBodies(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const form: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [key, value] of new URLSearchParams(String(body)))
        if (!(key in form)) form[key] = value;
      done(null, form);
    },
  );
}

/** A field of a parsed form body, or '' when it is missing. */
export function formField(body: unknown, key: string): string {
  if (!body || typeof body !== 'object') return '';
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** A query parameter, or '' when it is missing or repeated. */
export function queryField(request: FastifyRequest, key: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
}

/** Sends a page of a form route with its status, never to be cached. */
export function sendPage(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(body);
}
