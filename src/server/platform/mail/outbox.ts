/**
 * E-mail goes through an outbox table, written in the same transaction as the
 * change that causes it: a rolled-back change sends nothing, a committed one
 * is never forgotten.
 *
 * The row holds only what the sender needs, and not in the clear: the address
 * and the link (which carries a live token) are encrypted, bound to the row;
 * the sender clears the link once the mail has gone. A blind index of the
 * address finds a member's mail for their export and for account deletion.
 */
import type { Kysely } from 'kysely';
import type { CipherBinding, FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import type { TemplateName } from './templates.js';
import { isKindOffForLookup } from './unsubscribe.js';

export interface QueuedMail {
  to: string;
  template: TemplateName;
  link?: string;
}

export const outboxBinding = (id: string): CipherBinding => ({ rowId: id, table: 'outbox' });

/** Addresses are kept and compared lower-cased, as sign-up and the therapist proposal keep them. */
export const normalizeAddress = (address: string) => address.trim().toLowerCase();

/** The value of `to_lookup` for mail to `address`. */
export const addressLookup = (cipher: FieldCipher, address: string) =>
  cipher.blindIndex(normalizeAddress(address));

/**
 * Queues one mail; the id of its outbox row, or null when the recipient turned
 * this kind off (security mails are never off).
 */
export async function enqueueMail(
  db: Kysely<DB>,
  cipher: FieldCipher,
  mail: QueuedMail,
  now: Date,
): Promise<string | null> {
  const id = newId(now.getTime());
  const to = normalizeAddress(mail.to);
  if (await isKindOffForLookup(db, cipher.blindIndex(to), mail.template)) return null;
  await db
    .insertInto('outbox')
    .values({
      id,
      toAddress: cipher.encrypt(to, outboxBinding(id)),
      toLookup: cipher.blindIndex(to),
      template: mail.template,
      link: cipher.encryptNullable(mail.link ?? null, outboxBinding(id)),
      createdAt: now.toISOString(),
      sentAt: null,
      attempts: 0,
      lockedUntil: null,
      lastError: null,
    })
    .execute();
  return id;
}
