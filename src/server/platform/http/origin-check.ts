/**
 * CSRF defence: a state-changing request must come from our own origin. Browsers
 * always send Origin on cross-site POST/PUT/PATCH/DELETE, so a missing or foreign
 * Origin is refused. Our origin is PUBLIC_URL's; on a plain-http install (the
 * embedded default) the Host the request was sent to counts too, so a page opened
 * as 127.0.0.1 instead of localhost still works. Over https only PUBLIC_URL counts,
 * which also shuts out DNS-rebinding tricks.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSameOrigin(
  request: FastifyRequest,
  publicOrigin: string,
  trustHost: boolean,
): boolean {
  const origin = request.headers.origin;
  if (!origin) return request.headers['sec-fetch-site'] === 'same-origin';
  if (origin === publicOrigin) return true;
  const host = request.headers.host;
  return trustHost && host !== undefined && origin === `http://${host}`;
}

export function installOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  const trustHost = publicOrigin.startsWith('http://');
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!isSameOrigin(request, publicOrigin, trustHost)) {
      throw new AppError({
        code: 'cross-origin',
        title: 'This request did not come from Mend itself',
      });
    }
  });
}
