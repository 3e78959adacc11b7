/**
 * Sign-up, sign-in, sign-out, and the member's own profile.
 * Sign-in gives the same answer, in about the same time, for an unknown e-mail
 * and a wrong password, and is throttled per account and per address.
 */
import type { z } from 'zod';
import type { SignInBody, SignUpBody, UpdateMeBody } from '../../../contract/accounts.js';
import type { Actor } from '../../platform/auth/actor.js';
import { checkPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import {
  createSession,
  deleteSession,
  deleteSessionByToken,
  deviceLabel,
} from '../../platform/auth/session-store.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import {
  emailTaken,
  findCredentialsByEmail,
  findMemberById,
  insertMember,
  updateMember,
  type MemberRow,
} from './queries.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
const SIGN_IN_WINDOW_MS = 15 * 60_000;
const SIGN_UP_LIMIT_PER_ADDRESS = 20;
const SIGN_UP_WINDOW_MS = 60 * 60_000;

const PASSWORD_MESSAGES = {
  'too-short': 'must be at least 12 characters — a few words together work well',
  'too-long': 'must be at most 128 characters',
  'too-common': 'is one of the passwords people use most; please choose another',
} as const;

export interface NewSession {
  member: MemberRow;
  token: string;
  expiresAt: Date;
}

export interface ClientInfo {
  address: string;
  userAgent: string | undefined;
  /** The token of a session the browser already holds; replaced at sign-in. */
  previousToken: string | undefined;
}

function tooMany(resetInMs: number): AppError {
  return new AppError(
    429,
    'too-many-attempts',
    'Too many attempts. Please wait a little and try again.',
    undefined,
    undefined,
    Math.max(1, Math.ceil(resetInMs / 1000)),
  );
}

export function accountService(deps: Deps) {
  const { db, clock, limiter, config, log } = deps;
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };

  async function openSession(member: MemberRow, client: ClientInfo): Promise<NewSession> {
    // A new session id at every sign-in; the one the browser held stops working.
    if (client.previousToken) await deleteSessionByToken(db, client.previousToken);
    const session = await createSession(
      db,
      member.id,
      deviceLabel(client.userAgent),
      clock.now(),
      policy,
    );
    return { member, token: session.token, expiresAt: session.expiresAt };
  }

  return {
    async signUp(input: z.output<typeof SignUpBody>, client: ClientInfo): Promise<NewSession> {
      const attempts = await limiter.hit(`signup:addr:${client.address}`, SIGN_UP_WINDOW_MS);
      if (attempts.count > SIGN_UP_LIMIT_PER_ADDRESS) throw tooMany(attempts.resetInMs);

      const problem = checkPassword(input.password);
      if (problem) throw invalidField('password', PASSWORD_MESSAGES[problem]);
      if (await emailTaken(db, input.email)) {
        throw conflict(
          'email-taken',
          'An account with this e-mail already exists',
          'Try signing in instead.',
        );
      }
      const now = clock.now();
      const member: MemberRow = {
        id: newId(now.getTime()),
        email: input.email,
        displayName: input.displayName,
        timeZone: input.timeZone,
      };
      const passwordHash = await hashPassword(input.password);
      try {
        await insertMember(db, {
          ...member,
          passwordHash,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
      } catch (error) {
        // Two sign-ups racing for one address: the unique index decides.
        if (await emailTaken(db, input.email)) {
          throw conflict('email-taken', 'An account with this e-mail already exists');
        }
        throw error;
      }
      log.info({ memberId: member.id }, 'member signed up');
      return openSession(member, client);
    },

    async signIn(input: z.output<typeof SignInBody>, client: ClientInfo): Promise<NewSession> {
      const accountKey = `signin:acct:${input.email}`;
      const addressKey = `signin:addr:${client.address}`;
      const [byAccount, byAddress] = await Promise.all([
        limiter.peek(accountKey),
        limiter.peek(addressKey),
      ]);
      const blocked = [byAccount, byAddress].find((r) => r.count >= SIGN_IN_FAILURE_LIMIT);
      if (blocked) throw tooMany(blocked.resetInMs);

      const credentials = await findCredentialsByEmail(db, input.email);
      const ok = await verifyPassword(credentials?.passwordHash ?? null, input.password);
      if (!ok || !credentials) {
        await Promise.all([
          limiter.hit(accountKey, SIGN_IN_WINDOW_MS),
          limiter.hit(addressKey, SIGN_IN_WINDOW_MS),
        ]);
        log.info({ event: 'sign-in-failed' }, 'sign-in failed');
        throw new AppError(401, 'invalid-credentials', 'That e-mail and password do not match');
      }
      await limiter.reset(accountKey);
      const member = await findMemberById(db, credentials.id);
      if (!member)
        throw new AppError(401, 'invalid-credentials', 'That e-mail and password do not match');
      log.info({ memberId: member.id }, 'member signed in');
      return openSession(member, client);
    },

    async signOut(actor: Actor): Promise<void> {
      await deleteSession(db, actor.sessionId);
    },

    async getMember(actor: Actor): Promise<MemberRow> {
      const member = await findMemberById(db, actor.memberId);
      if (!member) throw notFound();
      return member;
    },

    async updateMe(actor: Actor, input: z.output<typeof UpdateMeBody>): Promise<MemberRow> {
      const changes = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(changes).length > 0)
        await updateMember(db, actor.memberId, changes, clock.now());
      const member = await findMemberById(db, actor.memberId);
      if (!member) throw notFound();
      return member;
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;
