/**
 * Password reset by a mailed link (1 hour, single-use, stored hashed). The
 * request answers the same for every address and is throttled per address
 * (by its blind index) and per client address. Completing it sets the
 * password under the same policy as sign-up (15 characters alone, 12 beside a
 * second factor; decision 034), ends every session and open sign-in ticket,
 * and opens no session: the member signs in next, and a second factor still
 * stands in the way of whoever only got into the mailbox.
 */
import type { z } from 'zod';
import type { CompletePasswordResetBody } from '../../../contract/mail.js';
import {
  PASSWORD_MIN_LENGTH_SINGLE_FACTOR,
  passwordLength,
} from '../../../domain/password-policy.js';
import {
  dropAccountLinks,
  issueAccountLink,
  linkUsedOrExpired,
  redeemAccountLink,
} from '../../platform/auth/account-links.js';
import { checkPassword, hashPassword } from '../../platform/auth/passwords.js';
import { deviceLabel } from '../../platform/auth/session-store.js';
import { hashToken } from '../../platform/auth/tokens.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField } from '../../platform/http/problem.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { passwordMessage } from '../accounts/account-kit.js';
import { findMemberIdByEmail } from '../accounts/reads.js';
import { endEverySignIn, findLiveResetLink, setNewPassword } from './queries.js';
import { throttle } from '../accounts/throttle.js';
import type { SecondFactorService } from '../second-factor/service.js';
import { insertNotice } from '../sessions/notices.js';

const REQUESTS_PER_ADDRESS = 3;
const REQUESTS_PER_CLIENT = 10;
const COMPLETIONS_PER_CLIENT = 20;
const WINDOW_MS = 60 * 60_000;

export function passwordResetService(deps: Deps, factors: SecondFactorService) {
  const { db, clock, cipher, limiter, config, log } = deps;

  return {
    async request(email: string, clientAddress: string): Promise<void> {
      // Both counts run for every address, known or not, so a 429 tells nothing.
      await throttle(limiter, `reset:client:${clientAddress}`, REQUESTS_PER_CLIENT, WINDOW_MS);
      await throttle(
        limiter,
        `reset:addr:${cipher.blindIndex(email)}`,
        REQUESTS_PER_ADDRESS,
        WINDOW_MS,
      );
      const memberId = await findMemberIdByEmail(db, email);
      if (!memberId) {
        log.info({ event: 'reset-requested-unknown' }, 'password reset asked');
        return;
      }
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const token = await issueAccountLink(
          trx,
          cipher,
          { memberId, purpose: 'reset-password' },
          now,
        );
        await enqueueMail(
          trx,
          cipher,
          {
            to: email,
            template: 'reset-password',
            link: `${config.publicUrl}/reset-password#token=${token}`,
          },
          now,
        );
      });
      log.info({ memberId, event: 'reset-requested' }, 'password reset asked');
    },

    async complete(
      input: z.output<typeof CompletePasswordResetBody>,
      client: { address: string; userAgent: string | undefined },
    ): Promise<void> {
      await throttle(
        limiter,
        `reset:complete:${client.address}`,
        COMPLETIONS_PER_CLIENT,
        WINDOW_MS,
      );
      const now = clock.now();
      // Look first (without using the link) so a password the policy refuses
      // leaves the link working for a second try.
      const pending = await findLiveResetLink(db, hashToken(input.token), now);
      if (!pending) throw linkUsedOrExpired();
      const hasSecondFactor = await factors.hasFactor(pending.memberId);
      const problem = checkPassword(input.newPassword, { hasSecondFactor });
      if (problem) throw invalidField('newPassword', passwordMessage(problem, hasSecondFactor));
      const passwordHash = await hashPassword(input.newPassword);
      const okWithoutFactor =
        passwordLength(input.newPassword) >= PASSWORD_MIN_LENGTH_SINGLE_FACTOR ? 1 : 0;

      const ended = await db.transaction().execute(async (trx) => {
        // The link is used here, once: a second request finds no row.
        const link = await redeemAccountLink(trx, cipher, input.token, ['reset-password'], now);
        if (!link) throw linkUsedOrExpired();
        await setNewPassword(trx, link.memberId, passwordHash, okWithoutFactor, now);
        await dropAccountLinks(trx, link.memberId, 'confirm-sign-up');
        const ended = await endEverySignIn(trx, link.memberId);
        await insertNotice(
          trx,
          link.memberId,
          'password-changed',
          deviceLabel(client.userAgent),
          now,
        );
        return ended;
      });
      log.info(
        { memberId: pending.memberId, endedSessions: ended, event: 'password-reset' },
        'password reset',
      );
    },
  };
}

export type PasswordResetService = ReturnType<typeof passwordResetService>;
