/**
 * Following a link that confirms an address. A sign-up link opens the
 * account and signs in (a new account has no second factor yet); a link sent
 * to a new address makes it the account's e-mail, with the usual notice on
 * every device. The link is used up in the same statement that finds it, so
 * a replayed or doubled request gets `link-used-or-expired`.
 */
import type { z } from 'zod';
import type { ConfirmEmailAnswer } from '../../../contract/mail.js';
import { linkUsedOrExpired, redeemAccountLink } from '../../platform/auth/account-links.js';
import { deviceLabel } from '../../platform/auth/session-store.js';
import type { Deps } from '../../platform/deps.js';
import { emailTakenConflict } from '../accounts/account-kit.js';
import { emailInUse as emailTaken, findMemberById } from '../accounts/reads.js';
import { confirmSignUp, moveToEmail } from './queries.js';
import type { AccountService } from '../accounts/service.js';
import type { ClientInfo, NewSession } from '../accounts/sign-in-service.js';
import { throttle } from '../accounts/throttle.js';
import { insertNotice } from '../sessions/notices.js';

const CONFIRM_LIMIT = 30;
const CONFIRM_WINDOW_MS = 15 * 60_000;

export type ConfirmResult =
  | { answer: z.input<typeof ConfirmEmailAnswer>; session: NewSession }
  | { answer: z.input<typeof ConfirmEmailAnswer>; session: null };

export function emailConfirmationService(deps: Deps, accounts: AccountService) {
  const { db, clock, cipher, limiter, log } = deps;

  return {
    async confirm(token: string, client: ClientInfo): Promise<ConfirmResult> {
      await throttle(limiter, `confirm:addr:${client.address}`, CONFIRM_LIMIT, CONFIRM_WINDOW_MS);
      const now = clock.now();
      const link = await redeemAccountLink(
        db,
        cipher,
        token,
        ['confirm-sign-up', 'confirm-email-change'],
        now,
      );
      if (!link) throw linkUsedOrExpired();

      if (link.purpose === 'confirm-email-change' && link.newEmail !== null) {
        if (await emailTaken(db, link.newEmail)) throw emailTakenConflict();
        try {
          await db.transaction().execute(async (trx) => {
            await moveToEmail(trx, link.memberId, link.newEmail!, now);
            await insertNotice(
              trx,
              link.memberId,
              'email-changed',
              deviceLabel(client.userAgent),
              now,
            );
          });
        } catch (error) {
          if (await emailTaken(db, link.newEmail)) throw emailTakenConflict();
          throw error;
        }
        log.info({ memberId: link.memberId }, 'e-mail changed after its link');
        return { answer: { confirmed: 'email-change' }, session: null };
      }

      await confirmSignUp(db, link.memberId, now);
      const member = await findMemberById(db, link.memberId);
      if (!member) throw linkUsedOrExpired();
      log.info({ memberId: member.id }, 'sign-up confirmed');
      const session = await accounts.startSession(member, client);
      return { answer: { confirmed: 'sign-up', member }, session };
    },
  };
}

export type EmailConfirmationService = ReturnType<typeof emailConfirmationService>;
