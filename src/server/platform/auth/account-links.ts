/**
 * Single-use links mailed to a member: confirming a sign-up, confirming a new
 * address, resetting the password. The token is 256 random bits; only its
 * sha-256 is stored. A link is used by deleting its row in one conditional
 * statement (right purpose, not expired): of two requests racing with the
 * same token exactly one gets the row back, the other nothing — never a read
 * followed by a write.
 */
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import type { AccountLinkPurpose } from '../db/schema-mail.js';
import { AppError } from '../http/problem.js';
import { newId } from '../ids.js';
import { hashToken, newToken } from './tokens.js';

export const LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  'confirm-sign-up': 24 * 60 * 60_000,
  'confirm-email-change': 24 * 60 * 60_000,
  'reset-password': 60 * 60_000,
};

const linkBinding = (id: string, memberId: string) => ({ rowId: id, memberId });

/** Unknown, used and expired links all get this one answer. */
export const linkUsedOrExpired = () =>
  new AppError({
    code: 'link-used-or-expired',
    title: 'This link has already been used or has expired',
    detail: 'Links in Mend e-mails work once and for a short time. Ask for a new one.',
  });

/**
 * A new link for `memberId`; earlier links of the same purpose stop working
 * (only the newest mail counts), and so do the member's expired ones.
 */
export async function issueAccountLink(
  db: Kysely<DB>,
  cipher: FieldCipher,
  link: { memberId: string; purpose: AccountLinkPurpose; newEmail?: string },
  now: Date,
): Promise<string> {
  const token = newToken();
  const id = newId(now.getTime());
  await db
    .deleteFrom('accountLinks')
    .where('memberId', '=', link.memberId)
    .where((eb) =>
      eb.or([eb('purpose', '=', link.purpose), eb('expiresAt', '<=', now.toISOString())]),
    )
    .execute();
  await db
    .insertInto('accountLinks')
    .values({
      id,
      memberId: link.memberId,
      purpose: link.purpose,
      tokenHash: hashToken(token),
      newEmail: cipher.encryptNullable(link.newEmail ?? null, linkBinding(id, link.memberId)),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[link.purpose]).toISOString(),
    })
    .execute();
  return token;
}

export interface RedeemedLink {
  memberId: string;
  purpose: AccountLinkPurpose;
  newEmail: string | null;
}

/** Uses the link: its row is gone afterwards. Null when it is unknown, used, expired or for another purpose. */
export async function redeemAccountLink(
  db: Kysely<DB>,
  cipher: FieldCipher,
  token: string,
  purposes: readonly AccountLinkPurpose[],
  now: Date,
): Promise<RedeemedLink | null> {
  const row = await db
    .deleteFrom('accountLinks')
    .where('tokenHash', '=', hashToken(token))
    .where('purpose', 'in', purposes)
    .where('expiresAt', '>', now.toISOString())
    .returning(['id', 'memberId', 'purpose', 'newEmail'])
    .executeTakeFirst();
  if (!row) return null;
  return {
    memberId: row.memberId,
    purpose: row.purpose,
    newEmail: cipher.decryptNullable(row.newEmail, linkBinding(row.id, row.memberId)),
  };
}

/** Ends every open link of a purpose (an account confirmed, a password reset). */
export async function dropAccountLinks(
  db: Kysely<DB>,
  memberId: string,
  purpose: AccountLinkPurpose,
): Promise<void> {
  await db
    .deleteFrom('accountLinks')
    .where('memberId', '=', memberId)
    .where('purpose', '=', purpose)
    .execute();
}
