/**
 * Step-up: sensitive actions (export, account deletion, changing e-mail,
 * password or second factor) need a proof of identity from the last few
 * minutes on this session — a stolen unlocked phone is not enough.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/problem.js';
import type { Actor } from './actor.js';

export const RECENT_AUTH_MS = 10 * 60_000;

export const reauthenticationRequired = () =>
  new AppError({
    code: 'reauthentication-required',
    title: 'Please confirm it is you',
    detail: 'Enter your password again (and your second factor, when you use one) to continue.',
  });

export async function requireRecentAuth(db: Kysely<DB>, actor: Actor, now: Date): Promise<void> {
  const row = await db
    .selectFrom('sessions')
    .select('reauthenticatedAt')
    .where('id', '=', actor.sessionId)
    .where('memberId', '=', actor.memberId)
    .executeTakeFirst();
  const at = row?.reauthenticatedAt ? new Date(row.reauthenticatedAt).getTime() : 0;
  if (now.getTime() - at > RECENT_AUTH_MS) throw reauthenticationRequired();
}

export async function markReauthenticated(db: Kysely<DB>, actor: Actor, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ reauthenticatedAt: now.toISOString() })
    .where('id', '=', actor.sessionId)
    .where('memberId', '=', actor.memberId)
    .execute();
}
