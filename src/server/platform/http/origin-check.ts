/**
 * CSRF defence: a state-changing request must come from our own origin. Browsers
 * always send Origin on cross-site POST/PUT/PATCH/DELETE, so a missing or foreign
 * Origin is refused. Our origins come from configuration alone (`public-address.ts`):
 * PUBLIC_URL's, and outside production the loopback names on our port. The Host the
 * request names is never trusted here: under DNS rebinding it is the attacker's.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './problem.js';
import type { PublicAddresses } from './public-address.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Routes a mail provider calls from its own servers, without an Origin (RFC
 * 8058 one-click unsubscribe). Safe to leave open: they read no session, and
 * the keyed token in the address is the only authority they accept.
 */
const NO_ORIGIN_ROUTES = new Set(['/api/v1/mail/unsubscribe']);

export function isSameOrigin(request: FastifyRequest, origins: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  // Under our `Referrer-Policy: no-referrer` a browser sends `Origin: null` with
  // a plain HTML form post (the guide's comment form), even from our own page;
  // Sec-Fetch-Site, which no page can forge, still says where it came from.
  if (!origin || origin === 'null') return request.headers['sec-fetch-site'] === 'same-origin';
  return origins.has(origin);
}

export function installOriginCheck(app: FastifyInstance, addresses: PublicAddresses): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (NO_ORIGIN_ROUTES.has(request.routeOptions.url ?? '')) return;
    if (!isSameOrigin(request, addresses.origins)) {
      throw new AppError({
        code: 'cross-origin',
        title: 'This request did not come from Mend itself',
      });
    }
  });
}
