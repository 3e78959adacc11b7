/**
 * What sign-in and the account's own changes share: how a password falls
 * short of the policy, an e-mail already in use, and the notice a change made
 * from this session leaves on every device.
 */
import type { Kysely } from 'kysely';
import { minimumLength, type PasswordProblem } from '../../../domain/password-policy.js';
import type { Actor } from '../../platform/auth/actor.js';
import { sessionDevice } from '../../platform/auth/session-store.js';
import type { DB } from '../../platform/db/schema.js';
import { conflict } from '../../platform/http/problem.js';
import { insertNotice } from '../sessions/notices.js';

export function passwordMessage(problem: PasswordProblem, hasSecondFactor: boolean): string {
  switch (problem) {
    case 'too-short':
      return hasSecondFactor
        ? `must be at least ${minimumLength({ hasSecondFactor })} characters — a few words together work well`
        : `must be at least ${minimumLength({ hasSecondFactor })} characters — a few words together work well (12 are enough once a second factor is on)`;
    case 'too-long':
      return 'must be at most 128 characters';
    case 'too-common':
      return 'is one of the passwords people use most; please choose another';
  }
}

export const emailTakenConflict = () =>
  conflict('email-taken', 'An account with this e-mail already exists', 'Try signing in instead.');

export async function noticeFromThisSession(
  db: Kysely<DB>,
  actor: Actor,
  kind: 'password-changed' | 'email-changed' | 'recovery-code-used',
  now: Date,
): Promise<void> {
  const device = await sessionDevice(db, actor.memberId, actor.sessionId);
  await insertNotice(db, actor.memberId, kind, device, now);
}
