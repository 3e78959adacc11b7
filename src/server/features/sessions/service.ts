/**
 * The member's sessions (list, revoke one, revoke all others) and notices.
 * Everything here is the actor's own: each query is scoped by the actor's
 * member id, so another member's session or notice id answers 404.
 */
import type { Actor } from '../../platform/auth/actor.js';
import {
  deleteDeadSessions,
  deleteMemberSession,
  deleteOtherSessions,
  listLiveSessions,
} from '../../platform/auth/session-store.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { SETTINGS_WRITE_LIMIT, SETTINGS_WRITE_WINDOW_MS, throttle } from '../accounts/throttle.js';
import { dismissNotice, listOpenNotices, type NoticeRow } from './queries.js';

export interface SessionView {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export function sessionService(deps: Deps) {
  const { db, clock, config, limiter, log } = deps;
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
  const writeThrottle = (actor: Actor) =>
    throttle(
      limiter,
      `sessions:write:${actor.memberId}`,
      SETTINGS_WRITE_LIMIT,
      SETTINGS_WRITE_WINDOW_MS,
    );

  return {
    async list(actor: Actor): Promise<SessionView[]> {
      const now = clock.now();
      await deleteDeadSessions(db, actor.memberId, now, policy);
      const rows = await listLiveSessions(db, actor.memberId, now, policy);
      return rows.map((row) => ({ ...row, current: row.id === actor.sessionId }));
    },

    /** Ends one of the actor's sessions; says whether it was the current one. */
    async revoke(actor: Actor, sessionId: string): Promise<{ current: boolean }> {
      await writeThrottle(actor);
      const ended = await deleteMemberSession(db, actor.memberId, sessionId);
      if (!ended) throw notFound();
      log.info({ memberId: actor.memberId, sessionId }, 'session revoked');
      return { current: sessionId === actor.sessionId };
    },

    async revokeOthers(actor: Actor): Promise<number> {
      await writeThrottle(actor);
      const revoked = await deleteOtherSessions(db, actor.memberId, actor.sessionId);
      log.info({ memberId: actor.memberId, revoked }, 'other sessions revoked');
      return revoked;
    },

    notices(actor: Actor): Promise<NoticeRow[]> {
      return listOpenNotices(db, actor.memberId);
    },

    async dismissNotice(actor: Actor, noticeId: string): Promise<void> {
      await writeThrottle(actor);
      if (!(await dismissNotice(db, actor.memberId, noticeId, clock.now()))) throw notFound();
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
