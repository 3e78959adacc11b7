/**
 * One-click unsubscribe (RFC 8058) without a table of tokens: the token names
 * the mail kind and the recipient's address lookup (the blind index, never the
 * address), and carries a keyed hash of both made with the field cipher's
 * blind-index key. Nobody without the key can make one for another address or
 * kind; a rotated key retires the old links (the next mail carries a new one).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CipherBinding, FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { addressLookup, outboxBinding } from './outbox.js';
import { isTemplateName, TEMPLATES, type TemplateName } from './templates.js';

export const UNSUBSCRIBE_PATH = '/api/v1/mail/unsubscribe';

const macOf = (cipher: FieldCipher, lookup: string, kind: string) =>
  cipher.blindIndex(`mail-unsubscribe\n${lookup}\n${kind}`);

/** `kind.lookup.mac`: a lookup is base64url, so the dots cannot be confused. */
export function unsubscribeToken(cipher: FieldCipher, lookup: string, kind: TemplateName): string {
  return `${kind}.${lookup}.${macOf(cipher, lookup, kind)}`;
}

/** The kind and lookup a genuine token names, or null for anything else. */
export function readUnsubscribeToken(
  cipher: FieldCipher,
  token: string,
): { kind: TemplateName; lookup: string } | null {
  const [kind, lookup, mac, extra] = token.split('.');
  if (!kind || !lookup || !mac || extra !== undefined || !isTemplateName(kind)) return null;
  if (TEMPLATES[kind].category === 'security') return null;
  const expected = Buffer.from(macOf(cipher, lookup, kind));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { kind, lookup };
}

export async function isKindOffForLookup(
  db: Kysely<DB>,
  lookup: string,
  kind: TemplateName,
): Promise<boolean> {
  if (TEMPLATES[kind].category === 'security') return false;
  const row = await db
    .selectFrom('mailOptOuts')
    .select('kind')
    .where('addressLookup', '=', lookup)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the recipient turned this kind off; security mails are never off. */
export function mailKindIsOff(
  db: Kysely<DB>,
  cipher: FieldCipher,
  address: string,
  kind: TemplateName,
): Promise<boolean> {
  return isKindOffForLookup(db, addressLookup(cipher, address), kind);
}

export const optOutBinding = (id: string): CipherBinding => ({ rowId: id, table: 'mail_opt_outs' });

/**
 * Turns a kind off for a lookup; a second time changes nothing. The address
 * comes from the outbox row the mail was sent from (the token holds only the
 * lookup), so the key rotation can recompute the lookup later.
 */
export async function turnKindOff(
  db: Kysely<DB>,
  cipher: FieldCipher,
  lookup: string,
  kind: TemplateName,
  now: Date,
): Promise<void> {
  const sent = await db
    .selectFrom('outbox')
    .select(['id', 'toAddress'])
    .where('toLookup', '=', lookup)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  const address = sent ? cipher.decrypt(sent.toAddress, outboxBinding(sent.id)) : null;
  const id = newId(now.getTime());
  await db
    .insertInto('mailOptOuts')
    .values({
      id,
      address: cipher.encryptNullable(address, optOutBinding(id)),
      addressLookup: lookup,
      kind,
      createdAt: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['addressLookup', 'kind']).doNothing())
    .execute();
}

/** Turns a kind back on for a lookup: someone who subscribes again asked for it anew. */
export async function turnKindOn(
  db: Kysely<DB>,
  lookup: string,
  kind: TemplateName,
): Promise<void> {
  await db
    .deleteFrom('mailOptOuts')
    .where('addressLookup', '=', lookup)
    .where('kind', '=', kind)
    .execute();
}
