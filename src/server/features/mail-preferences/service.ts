/**
 * Turning a kind of mail off from the mail itself. The token (see
 * platform/mail/unsubscribe.ts) names the kind and the recipient's address
 * lookup and is keyed, so it needs no table and cannot be made up; security
 * mails carry none. For a member's export and deletion, the kinds turned off
 * for their address are found by its blind index.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/deps.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DB } from '../../platform/db/schema.js';
import { linkUsedOrExpired } from '../../platform/auth/account-links.js';
import { addressLookup } from '../../platform/mail/outbox.js';
import type { TemplateName } from '../../platform/mail/templates.js';
import { readUnsubscribeToken, turnKindOff } from '../../platform/mail/unsubscribe.js';
import { stopNoticesFor } from '../guide-comments/reply-notices.js';
import { forgetSubscriberByLookup } from '../guide-subscription/service.js';

/**
 * What else one click forgets, beyond the kind being off: a guide subscriber
 * who leaves is not kept on the list, and a commenter who stops reply notices
 * stops them on every comment. (Subscribing or asking again turns the kind on.)
 */
const ALSO_FORGETS: Partial<
  Record<TemplateName, (db: Kysely<DB>, lookup: string) => Promise<void>>
> = {
  'guide-new-article': forgetSubscriberByLookup,
  'comment-reply': stopNoticesFor,
};

export function mailPreferenceService(deps: Deps) {
  const { db, clock, cipher, log } = deps;
  return {
    async unsubscribe(token: string): Promise<void> {
      const named = readUnsubscribeToken(cipher, token);
      if (!named) throw linkUsedOrExpired();
      await turnKindOff(db, cipher, named.lookup, named.kind, clock.now());
      await ALSO_FORGETS[named.kind]?.(db, named.lookup);
      log.info({ kind: named.kind, event: 'mail-kind-off' }, 'mail kind turned off');
    },
  };
}

export type MailPreferenceService = ReturnType<typeof mailPreferenceService>;

/** The kinds turned off for a member's address, for their export. */
export async function optOutsOf(db: Kysely<DB>, cipher: FieldCipher, email: string) {
  return db
    .selectFrom('mailOptOuts')
    .select(['kind', 'createdAt'])
    .where('addressLookup', '=', addressLookup(cipher, email))
    .orderBy('kind')
    .execute();
}

/** Forgets a member's choices with their account. */
export async function deleteOptOutsOf(
  db: Kysely<DB>,
  cipher: FieldCipher,
  email: string,
): Promise<void> {
  await db
    .deleteFrom('mailOptOuts')
    .where('addressLookup', '=', addressLookup(cipher, email))
    .execute();
}
