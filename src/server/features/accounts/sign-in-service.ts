/**
 * Sign-up, sign-in (with its second step when a second factor is on),
 * sign-out and re-authentication (step-up).
 *
 * Sign-in gives the same answer, in about the same time, for an unknown e-mail
 * and a wrong password, and is throttled as sign-in-throttle.ts explains (per
 * account and address, per address, and an account-wide slowdown). A right
 * password on an account with a second factor gets a sign-in ticket instead of
 * a session; the counts are only cleared when the sign-in is complete.
 */
import type { z } from 'zod';
import type {
  CompleteSignInBody,
  ReauthenticateBody,
  SignInBody,
  SignUpBody,
} from '../../../contract/accounts.js';
import {
  proofCount,
  type SecondFactorMethod,
  type SecondFactorProof,
} from '../../../contract/second-factor.js';
import type { Actor } from '../../platform/auth/actor.js';
import { checkPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import {
  emailVerificationOn,
  sendSignUpAttempt,
  sendSignUpLink,
} from '../email-confirmation/mails.js';
import {
  createSession,
  deleteSession,
  deleteSessionByToken,
  deviceLabel,
  rotateSession,
} from '../../platform/auth/session-store.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, invalidField, unauthenticated } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import type { SecondFactorService } from '../second-factor/service.js';
import { insertNotice } from '../sessions/notices.js';
import { emailTakenConflict, noticeFromThisSession, passwordMessage } from './account-kit.js';
import {
  consumeTicket,
  countTicketAttempt,
  emailTaken,
  findCredentialsByEmail,
  findCredentialsById,
  findLiveTicket,
  insertMember,
  insertTicket,
  replacePendingMember,
} from './queries.js';
import { findMemberById, type MemberRow } from './reads.js';
import { SIGN_IN_WINDOW_MS, signInThrottle } from './sign-in-throttle.js';
import { throttle, tooMany } from './throttle.js';

const SIGN_UP_LIMIT_PER_ADDRESS = 20;
const SIGN_UP_WINDOW_MS = 60 * 60_000;
/** A sign-in ticket lives five minutes and takes five wrong codes at most. */
export const TICKET_TTL_MS = 5 * 60_000;
export const TICKET_MAX_ATTEMPTS = 5;
const PASSKEY_OPTIONS_LIMIT = 30;

export interface NewSession {
  member: MemberRow;
  token: string;
  expiresAt: Date;
}

/** Sign-up opens a session at once, or (with verification) waits for the mailed link. */
export type SignUpResult = { kind: 'session'; session: NewSession } | { kind: 'check-your-email' };

/** Mails about sign-up attempts to one address: enough for a person, too few to flood a mailbox. */
const SIGN_UP_MAILS_PER_ADDRESS = 3;

export type SignInResult =
  | { kind: 'session'; session: NewSession }
  | {
      kind: 'second-factor';
      methods: SecondFactorMethod[];
      ticket: string;
      expiresAt: Date;
    };

export interface ClientInfo {
  address: string;
  userAgent: string | undefined;
  /** The token of a session the browser already holds; replaced at sign-in. */
  previousToken: string | undefined;
}

const invalidCredentials = () =>
  new AppError({ code: 'invalid-credentials', title: 'That e-mail and password do not match' });

const signInExpired = () =>
  new AppError({
    code: 'sign-in-expired',
    title: 'This sign-in has expired',
    detail: 'Please enter your e-mail and password again.',
  });

const emailNotConfirmed = () =>
  new AppError({
    code: 'email-not-confirmed',
    title: 'Please confirm your e-mail first',
    detail: 'Open the link we sent when you signed up. Signing up again sends a new one.',
  });

const invalidSecondFactor = () =>
  new AppError({
    code: 'invalid-second-factor',
    title: 'That did not work',
    detail: 'Check the code (or use your passkey or a recovery code) and try again.',
  });

const reauthenticationFailed = () =>
  new AppError({
    code: 'reauthentication-failed',
    title: 'That did not match',
    detail: 'Please try again.',
  });

export function signInService(deps: Deps, factors: SecondFactorService) {
  const { db, clock, limiter, config, log, cipher } = deps;
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
  const throttles = signInThrottle(limiter, clock);

  /**
   * A new session id at every sign-in; the one the browser held stops working.
   * A sign-in (not a sign-up) leaves a notice the member sees on every device.
   */
  async function openSession(
    member: MemberRow,
    client: ClientInfo,
    options: { notice: boolean },
  ): Promise<NewSession> {
    const now = clock.now();
    const device = deviceLabel(client.userAgent);
    const session = await db.transaction().execute(async (trx) => {
      if (client.previousToken) await deleteSessionByToken(trx, client.previousToken);
      const created = await createSession(trx, member.id, device, now, policy);
      if (options.notice) await insertNotice(trx, member.id, 'new-sign-in', device, now);
      return created;
    });
    return { member, token: session.token, expiresAt: session.expiresAt };
  }

  async function issueTicket(memberId: string): Promise<{ ticket: string; expiresAt: Date }> {
    const now = clock.now();
    const ticket = newToken();
    const expiresAt = new Date(now.getTime() + TICKET_TTL_MS);
    await insertTicket(
      db,
      {
        id: newId(now.getTime()),
        memberId,
        tokenHash: hashToken(ticket),
        attempts: 0,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      },
      now,
    );
    return { ticket, expiresAt };
  }

  async function createMember(
    input: z.output<typeof SignUpBody>,
    now: Date,
    emailConfirmedAt: string | null,
  ): Promise<MemberRow> {
    const member: MemberRow = {
      id: newId(now.getTime()),
      email: input.email,
      displayName: input.displayName,
      timeZone: input.timeZone,
      role: 'member',
    };
    const passwordHash = await hashPassword(input.password);
    try {
      await insertMember(db, {
        ...member,
        passwordHash,
        passwordOkWithoutFactor: 1,
        emailConfirmedAt,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    } catch (error) {
      // Two sign-ups racing for one address: the unique index decides.
      if (await emailTaken(db, input.email)) throw emailTakenConflict();
      throw error;
    }
    return member;
  }

  /**
   * Sign-up when mail can arrive: the answer is the same for every address
   * (nothing tells whether it has an account), and what happens is told by
   * mail to whoever holds the address — a confirmation link for a new (or a
   * still unconfirmed) account, a "someone tried to sign up" note to the owner
   * of an existing one. The password is hashed in every case, so the answer
   * takes about as long.
   */
  async function signUpWithLink(input: z.output<typeof SignUpBody>): Promise<SignUpResult> {
    const now = clock.now();
    const passwordHash = await hashPassword(input.password);
    const mailsLeft = await limiter.hit(
      `signup:mail:${cipher.blindIndex(input.email)}`,
      SIGN_UP_WINDOW_MS,
    );
    const mayMail = mailsLeft.count <= SIGN_UP_MAILS_PER_ADDRESS;
    const context = { db, cipher, config, now };
    const existing = await findCredentialsByEmail(db, input.email);
    if (existing?.emailConfirmedAt) {
      if (mayMail) await sendSignUpAttempt(context, input.email);
      log.info({ event: 'sign-up-attempt' }, 'sign-up for an address with an account');
      return { kind: 'check-your-email' };
    }
    await db
      .transaction()
      .execute(async (trx) => {
        const mailed = { ...context, db: trx };
        if (existing) {
          const replaced = await replacePendingMember(
            trx,
            existing.id,
            {
              displayName: input.displayName,
              timeZone: input.timeZone,
              passwordHash,
              passwordOkWithoutFactor: 1,
            },
            now,
          );
          if (replaced && mayMail)
            await sendSignUpLink(mailed, { id: existing.id, email: input.email });
          return;
        }
        const id = newId(now.getTime());
        await insertMember(trx, {
          id,
          email: input.email,
          displayName: input.displayName,
          timeZone: input.timeZone,
          passwordHash,
          passwordOkWithoutFactor: 1,
          emailConfirmedAt: null,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
        if (mayMail) await sendSignUpLink(mailed, { id, email: input.email });
        log.info({ memberId: id }, 'member signed up, waiting for the link');
      })
      .catch(async (error: unknown) => {
        // Two sign-ups racing for one new address: the unique index keeps one;
        // the other's answer is the same as ever.
        if (!(await emailTaken(db, input.email))) throw error;
      });
    return { kind: 'check-your-email' };
  }

  async function liveTicket(ticket: string) {
    const row = await findLiveTicket(db, hashToken(ticket), clock.now());
    if (!row) throw signInExpired();
    return row;
  }

  return {
    async signUp(input: z.output<typeof SignUpBody>, client: ClientInfo): Promise<SignUpResult> {
      const attempts = await limiter.hit(`signup:addr:${client.address}`, SIGN_UP_WINDOW_MS);
      if (attempts.count > SIGN_UP_LIMIT_PER_ADDRESS) throw tooMany(attempts.resetInMs);
      // A new account has no second factor yet: the single-factor rule applies.
      const problem = checkPassword(input.password, { hasSecondFactor: false });
      if (problem) throw invalidField('password', passwordMessage(problem, false));
      if (emailVerificationOn(config)) return signUpWithLink(input);
      if (await emailTaken(db, input.email)) throw emailTakenConflict();
      const now = clock.now();
      const member = await createMember(input, now, now.toISOString());
      log.info({ memberId: member.id }, 'member signed up');
      return { kind: 'session', session: await openSession(member, client, { notice: false }) };
    },

    async signIn(input: z.output<typeof SignInBody>, client: ClientInfo): Promise<SignInResult> {
      await throttles.beforePassword(input.email, client.address);
      const credentials = await findCredentialsByEmail(db, input.email);
      const ok = await verifyPassword(credentials?.passwordHash ?? null, input.password);
      if (!ok || !credentials) {
        await throttles.passwordFailed(input.email, client.address);
        log.info({ event: 'sign-in-failed' }, 'sign-in failed');
        throw invalidCredentials();
      }
      const member = await findMemberById(db, credentials.id);
      if (!member) throw invalidCredentials();
      // The right password proves this is the owner of the account, so saying
      // the address waits for its link tells them nothing they did not know.
      if (credentials.emailConfirmedAt === null) throw emailNotConfirmed();

      const methods = await factors.methodsOf(member.id);
      if (methods.length > 0) {
        // No count is cleared here: someone who knows the password still gets
        // only the same few tries at the second factor.
        const { ticket, expiresAt } = await issueTicket(member.id);
        log.info({ memberId: member.id, event: 'second-factor-asked' }, 'second factor asked');
        return { kind: 'second-factor', methods, ticket, expiresAt };
      }
      await throttles.signedIn(input.email, client.address);
      log.info({ memberId: member.id }, 'member signed in');
      return { kind: 'session', session: await openSession(member, client, { notice: true }) };
    },

    /** A session for a member whose sign-up link was just followed (email-confirmation). */
    startSession(member: MemberRow, client: ClientInfo): Promise<NewSession> {
      return openSession(member, client, { notice: false });
    },

    /** Sign-in's second step: one proof against a live ticket; the ticket works once. */
    async completeSignIn(
      input: z.output<typeof CompleteSignInBody>,
      client: ClientInfo,
    ): Promise<NewSession> {
      const ticket = await liveTicket(input.ticket);
      const member = await findMemberById(db, ticket.memberId);
      if (!member) throw signInExpired();
      await throttles.beforeSecondFactor(member.email, client.address);
      if (ticket.attempts >= TICKET_MAX_ATTEMPTS) {
        await consumeTicket(db, ticket.id);
        throw signInExpired();
      }

      const method = await factors.verifyProof(member.id, input, {
        purpose: 'sign-in',
        boundTo: ticket.id,
      });
      if (!method) {
        await countTicketAttempt(db, ticket.id);
        await throttles.secondFactorFailed(member.email, client.address);
        log.info({ memberId: member.id, event: 'second-factor-failed' }, 'second factor refused');
        throw invalidSecondFactor();
      }
      if (!(await consumeTicket(db, ticket.id))) throw signInExpired();
      await throttles.signedIn(member.email, client.address);
      const session = await openSession(member, client, { notice: true });
      if (method === 'recovery-code') {
        await insertNotice(
          db,
          member.id,
          'recovery-code-used',
          deviceLabel(client.userAgent),
          clock.now(),
        );
      }
      log.info({ memberId: member.id, method }, 'member signed in');
      return session;
    },

    /** Passkey options for sign-in's second step, bound to the ticket. */
    async signInPasskeyOptions(ticketText: string, client: ClientInfo) {
      await throttle(
        limiter,
        `signin:passkey-options:${client.address}`,
        PASSKEY_OPTIONS_LIMIT,
        SIGN_IN_WINDOW_MS,
      );
      const ticket = await liveTicket(ticketText);
      return factors.passkeyRequestOptions(ticket.memberId, {
        purpose: 'sign-in',
        boundTo: ticket.id,
      });
    },

    async signOut(actor: Actor): Promise<void> {
      await deleteSession(db, actor.sessionId);
    },

    /**
     * Step-up: the password again, and the second factor when one is on. The
     * session gets a new token (the old one stops working) and counts as
     * freshly proven for RECENT_AUTH_MS.
     */
    async reauthenticate(
      actor: Actor,
      input: z.output<typeof ReauthenticateBody>,
    ): Promise<{ token: string; expiresAt: Date }> {
      const row = await findCredentialsById(db, actor.memberId);
      if (!row) throw unauthenticated();
      await throttles.beforeReauthentication(actor.memberId);
      if (!(await verifyPassword(row.passwordHash, input.password))) {
        await throttles.reauthenticationFailed(actor.memberId);
        log.info({ memberId: actor.memberId, event: 'reauthentication-failed' }, 'step-up refused');
        throw reauthenticationFailed();
      }
      const methods = await factors.methodsOf(actor.memberId);
      if (methods.length > 0) {
        const proof: SecondFactorProof = input;
        if (proofCount(proof) === 0) {
          throw new AppError({
            code: 'second-factor-required',
            title: 'Your second factor is needed too',
            detail: `Add one of: ${methods.join(', ')}.`,
          });
        }
        const method = await factors.verifyProof(actor.memberId, proof, {
          purpose: 'reauthenticate',
          boundTo: actor.sessionId,
        });
        if (!method) {
          await throttles.reauthenticationFailed(actor.memberId);
          log.info(
            { memberId: actor.memberId, event: 'reauthentication-failed' },
            'step-up refused',
          );
          throw reauthenticationFailed();
        }
        if (method === 'recovery-code')
          await noticeFromThisSession(db, actor, 'recovery-code-used', clock.now());
      }
      await throttles.reauthenticated(actor.memberId);
      const rotated = await rotateSession(db, actor.memberId, actor.sessionId, clock.now(), {
        reauthenticated: true,
      });
      if (!rotated) throw unauthenticated();
      log.info({ memberId: actor.memberId, sessionId: actor.sessionId }, 'member re-authenticated');
      return rotated;
    },

    async reauthPasskeyOptions(actor: Actor) {
      await throttle(
        limiter,
        `reauth:passkey-options:${actor.memberId}`,
        PASSKEY_OPTIONS_LIMIT,
        SIGN_IN_WINDOW_MS,
      );
      return factors.passkeyRequestOptions(actor.memberId, {
        purpose: 'reauthenticate',
        boundTo: actor.sessionId,
      });
    },
  };
}
