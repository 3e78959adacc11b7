/**
 * Sessions live in the database; the browser holds a random token and we keep
 * only its SHA-256, so a leaked database does not hand out live sessions.
 */
import type { Kysely } from 'kysely';
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

export async function findLiveSession(
  db: Kysely<DB>,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<LiveSession | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'memberId', 'lastSeenAt'])
    .where('tokenHash', '=', hashToken(token))
    .where('expiresAt', '>', now.toISOString())
    .where('lastSeenAt', '>', new Date(now.getTime() - policy.idleMs).toISOString())
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, memberId: row.memberId };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionByToken(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute();
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
