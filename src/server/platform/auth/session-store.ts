/**
 * Sessions live in the database; the browser holds a random token and we keep
 * only its SHA-256, so a leaked database does not hand out live sessions.
 */
import type { Kysely } from 'kysely';
import { prepared } from '../db/prepared.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { hashToken, newToken } from './tokens.js';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** Writing last-seen on every request would turn reads into writes; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

export interface LiveSession {
  id: string;
  memberId: string;
  /** Where the member is a partner, read in the same statement (null: nowhere). */
  membership: { spaceId: string; partnerId: string | null } | null;
}

export async function createSession(
  db: Kysely<DB>,
  memberId: string,
  device: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = newToken();
  const id = newId(now.getTime());
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await db
    .insertInto('sessions')
    .values({
      id,
      memberId,
      tokenHash: hashToken(token),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      device,
      // Signing in is itself a fresh proof of identity.
      reauthenticatedAt: now.toISOString(),
    })
    .execute();
  return { token, id, expiresAt };
}

// Every API request reads its session, and with it the member's place in a
// space (the access check's question), in one statement built once (decision 054).
const liveSession = prepared(['tokenHash', 'now', 'idleSince'], (db, p) =>
  db
    .selectFrom('sessions')
    .leftJoin('spaceMembers as mine', (join) =>
      join.onRef('mine.memberId', '=', 'sessions.memberId').on('mine.leftAt', 'is', null),
    )
    .leftJoin('spaceMembers as other', (join) =>
      join
        .onRef('other.spaceId', '=', 'mine.spaceId')
        .onRef('other.memberId', '!=', 'mine.memberId')
        .on('other.leftAt', 'is', null),
    )
    .select([
      'sessions.id',
      'sessions.memberId',
      'sessions.lastSeenAt',
      'mine.spaceId',
      'other.memberId as partnerId',
    ])
    .where('sessions.tokenHash', '=', p.tokenHash)
    .where('sessions.expiresAt', '>', p.now)
    .where('sessions.lastSeenAt', '>', p.idleSince),
);

const touchSession = prepared(['id', 'now'], (db, p) =>
  db.updateTable('sessions').set({ lastSeenAt: p.now }).where('id', '=', p.id),
);

export async function findLiveSession(
  db: Kysely<DB>,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<LiveSession | null> {
  const row = await liveSession.first(db, {
    tokenHash: hashToken(token),
    now: now.toISOString(),
    idleSince: new Date(now.getTime() - policy.idleMs).toISOString(),
  });
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    await touchSession.run(db, { id: row.id, now: now.toISOString() });
  }
  return {
    id: row.id,
    memberId: row.memberId,
    membership: row.spaceId ? { spaceId: row.spaceId, partnerId: row.partnerId ?? null } : null,
  };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export interface SessionRow {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
}

/** The member's sessions that still work (neither idle nor past their lifetime), newest first. */
export function listLiveSessions(
  db: Kysely<DB>,
  memberId: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .select(['id', 'device', 'createdAt', 'lastSeenAt'])
    .where('memberId', '=', memberId)
    .where('expiresAt', '>', now.toISOString())
    .where('lastSeenAt', '>', new Date(now.getTime() - policy.idleMs).toISOString())
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Removes the member's sessions that can no longer be used anyway. */
export async function deleteDeadSessions(
  db: Kysely<DB>,
  memberId: string,
  now: Date,
  policy: SessionPolicy,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('memberId', '=', memberId)
    .where((eb) =>
      eb.or([
        eb('expiresAt', '<=', now.toISOString()),
        eb('lastSeenAt', '<=', new Date(now.getTime() - policy.idleMs).toISOString()),
      ]),
    )
    .execute();
}

/**
 * Ends one of the member's sessions. The member id is part of the query, so
 * another member's session id simply matches nothing. Returns whether one ended.
 */
export async function deleteMemberSession(
  db: Kysely<DB>,
  memberId: string,
  sessionId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of the member but `keepSessionId`; returns how many ended. */
export async function deleteOtherSessions(
  db: Kysely<DB>,
  memberId: string,
  keepSessionId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('memberId', '=', memberId)
    .where('id', '!=', keepSessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Gives a session a new token: the one the browser held stops working at once.
 * The row (its id, creation time and absolute lifetime) stays, so the sessions
 * list keeps its ids. Used at re-authentication and password change; with
 * `reauthenticated` the session also counts as freshly proven (step-up).
 */
export async function rotateSession(
  db: Kysely<DB>,
  memberId: string,
  sessionId: string,
  now: Date,
  options: { reauthenticated: boolean },
): Promise<{ token: string; expiresAt: Date } | null> {
  const token = newToken();
  const result = await db
    .updateTable('sessions')
    .set({
      tokenHash: hashToken(token),
      lastSeenAt: now.toISOString(),
      ...(options.reauthenticated ? { reauthenticatedAt: now.toISOString() } : {}),
    })
    .where('id', '=', sessionId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  const row = await db
    .selectFrom('sessions')
    .select('expiresAt')
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return { token, expiresAt: new Date(row.expiresAt) };
}

export async function deleteSessionByToken(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
}

/** The device label of one of the member's sessions (for notices about changes made there). */
export async function sessionDevice(
  db: Kysely<DB>,
  memberId: string,
  sessionId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('sessions')
    .select('device')
    .where('id', '=', sessionId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return row?.device ?? null;
}

/** A short, coarse device label; the raw User-Agent is never stored. */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'A browser';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Mac OS X/.test(ua)
        ? 'macOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'an unknown system';
  return `${browser} on ${system}`;
}
