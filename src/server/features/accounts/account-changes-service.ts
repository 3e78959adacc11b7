/**
 * The member's own account: profile, e-mail and password. Changing the e-mail
 * or the password needs a recent re-authentication and leaves a notice. When
 * mail can arrive (SMTP_URL), a new e-mail takes effect only once a link sent
 * to it is followed (features/email-confirmation), and the old address is told.
 */
import type { z } from 'zod';
import type {
  ChangeEmailBody,
  ChangePasswordBody,
  UpdateMeBody,
} from '../../../contract/accounts.js';
import {
  PASSWORD_MIN_LENGTH_SINGLE_FACTOR,
  passwordLength,
} from '../../../domain/password-policy.js';
import type { Actor } from '../../platform/auth/actor.js';
import { checkPassword, hashPassword } from '../../platform/auth/passwords.js';
import {
  deleteOtherSessions,
  rotateSession,
  sessionDevice,
} from '../../platform/auth/session-store.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField, notFound, unauthenticated } from '../../platform/http/problem.js';
import type { SecondFactorService } from '../second-factor/service.js';
import { insertNotice } from '../sessions/notices.js';
import {
  emailVerificationOn,
  sendEmailChangeAttempt,
  sendEmailChangeLinks,
} from '../email-confirmation/mails.js';
import { emailTakenConflict, noticeFromThisSession, passwordMessage } from './account-kit.js';
import { emailTaken, updateEmail, updateMember, updatePassword } from './queries.js';
import { findMemberById, type MemberRow } from './reads.js';
import { SETTINGS_WRITE_LIMIT, SETTINGS_WRITE_WINDOW_MS, throttle } from './throttle.js';

/** "Someone tried to move an account to your address" mails, per address and hour (as for sign-up). */
const CHANGE_ATTEMPT_MAILS_PER_ADDRESS = 3;
const CHANGE_ATTEMPT_WINDOW_MS = 60 * 60_000;

export function accountChangesService(deps: Deps, factors: SecondFactorService) {
  const { db, clock, limiter, log, cipher, config } = deps;

  async function requireMember(memberId: string): Promise<MemberRow> {
    const member = await findMemberById(db, memberId);
    if (!member) throw notFound();
    return member;
  }

  return {
    /**
     * A new password: 15 characters alone, 12 beside a second factor. Every
     * other session ends and this one gets a new token.
     */
    async changePassword(
      actor: Actor,
      input: z.output<typeof ChangePasswordBody>,
    ): Promise<{ token: string; expiresAt: Date }> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await throttle(
        limiter,
        `account:write:${actor.memberId}`,
        SETTINGS_WRITE_LIMIT,
        SETTINGS_WRITE_WINDOW_MS,
      );
      const hasSecondFactor = await factors.hasFactor(actor.memberId);
      const problem = checkPassword(input.newPassword, { hasSecondFactor });
      if (problem) throw invalidField('newPassword', passwordMessage(problem, hasSecondFactor));
      const passwordHash = await hashPassword(input.newPassword);
      const okWithoutFactor =
        passwordLength(input.newPassword) >= PASSWORD_MIN_LENGTH_SINGLE_FACTOR ? 1 : 0;
      const device = await sessionDevice(db, actor.memberId, actor.sessionId);
      const { rotated, ended } = await db.transaction().execute(async (trx) => {
        await updatePassword(trx, actor.memberId, passwordHash, okWithoutFactor, now);
        const ended = await deleteOtherSessions(trx, actor.memberId, actor.sessionId);
        const rotated = await rotateSession(trx, actor.memberId, actor.sessionId, now, {
          reauthenticated: false,
        });
        await insertNotice(trx, actor.memberId, 'password-changed', device, now);
        return { rotated, ended };
      });
      if (!rotated) throw unauthenticated();
      log.info({ memberId: actor.memberId, endedSessions: ended }, 'password changed');
      return rotated;
    },

    async changeEmail(
      actor: Actor,
      input: z.output<typeof ChangeEmailBody>,
    ): Promise<{ member: MemberRow; confirmationSent: boolean }> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await throttle(
        limiter,
        `account:write:${actor.memberId}`,
        SETTINGS_WRITE_LIMIT,
        SETTINGS_WRITE_WINDOW_MS,
      );
      const current = await requireMember(actor.memberId);
      if (current.email === input.email) return { member: current, confirmationSent: false };
      if (emailVerificationOn(config)) {
        // The same answer whether or not the address has an account (decision
        // 055): whoever holds it hears what happened by mail, as at sign-up.
        const taken = await emailTaken(db, input.email);
        const mayMail =
          !taken ||
          (
            await limiter.hit(
              `email-change:mail:${cipher.blindIndex(input.email)}`,
              CHANGE_ATTEMPT_WINDOW_MS,
            )
          ).count <= CHANGE_ATTEMPT_MAILS_PER_ADDRESS;
        await db.transaction().execute((trx) => {
          const context = { db: trx, cipher, config, now };
          return taken
            ? sendEmailChangeAttempt(context, current, input.email, { mayMail })
            : sendEmailChangeLinks(context, current, input.email);
        });
        log.info(
          { memberId: actor.memberId, event: taken ? 'email-change-attempt' : 'email-change' },
          'e-mail change waiting for its link',
        );
        return { member: current, confirmationSent: true };
      }
      if (await emailTaken(db, input.email)) throw emailTakenConflict();
      try {
        await updateEmail(db, actor.memberId, input.email, now);
      } catch (error) {
        if (await emailTaken(db, input.email)) throw emailTakenConflict();
        throw error;
      }
      await noticeFromThisSession(db, actor, 'email-changed', clock.now());
      log.info({ memberId: actor.memberId }, 'e-mail changed');
      return { member: await requireMember(actor.memberId), confirmationSent: false };
    },

    getMember(actor: Actor): Promise<MemberRow> {
      return requireMember(actor.memberId);
    },

    async updateMe(actor: Actor, input: z.output<typeof UpdateMeBody>): Promise<MemberRow> {
      const changes = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(changes).length > 0)
        await updateMember(db, actor.memberId, changes, clock.now());
      return requireMember(actor.memberId);
    },
  };
}
