/**
 * Reads the session cookie on API requests and sets `request.actor`. The cookie
 * is `__Host-mend_session` (Secure) when served over https, `mend_session` on a
 * plain-http local install where browsers would drop a Secure cookie.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import { findLiveSession, type SessionPolicy } from './session-store.js';

export interface SessionCookieOptions {
  secure: boolean;
}

export function sessionCookieName(options: SessionCookieOptions): string {
  return options.secure ? '__Host-mend_session' : 'mend_session';
}

export function setSessionCookie(
  reply: FastifyReply,
  options: SessionCookieOptions,
  token: string,
  expiresAt: Date,
): void {
  void reply.setCookie(sessionCookieName(options), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions): void {
  void reply.clearCookie(sessionCookieName(options), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
  });
}

export function installSessions(
  app: FastifyInstance,
  deps: { db: Kysely<DB>; clock: Clock; policy: SessionPolicy; cookie: SessionCookieOptions },
): void {
  const name = sessionCookieName(deps.cookie);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    request.actor = null;
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[name];
    if (!token || token.length > 100) return;
    const session = await findLiveSession(deps.db, token, deps.clock.now(), deps.policy);
    if (session) {
      request.actor = {
        memberId: session.memberId,
        sessionId: session.id,
        membership: session.membership,
      };
    }
  });
}
