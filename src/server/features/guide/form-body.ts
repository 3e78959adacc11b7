/**
 * Plain HTML forms post `application/x-www-form-urlencoded`, which Fastify
 * does not parse. The guide's form routes (comments, subscription) accept it
 * in their own plugin scope only: the JSON API keeps taking JSON alone.
 */
import type { FastifyInstance } from 'fastify';

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
