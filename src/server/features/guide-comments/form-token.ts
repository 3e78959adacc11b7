/**
 * The comment form carries a signed token of the time it was rendered and the
 * article it belongs to, so the server can tell how long the reader took
 * without keeping any state: a form sent back within a few seconds was filled
 * by a program. The HMAC key is derived from the encryption key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';

/** Faster than this, nobody has read an article's form and written a comment. */
export const MIN_FILL_MS = 3_000;
/** A form older than this asks to be sent again (nothing typed is lost). */
export const FORM_TTL_MS = 24 * 60 * 60_000;

export type TokenCheck = 'ok' | 'too-fast' | 'expired' | 'forged';

const sign = (key: Buffer, slug: string, at: number) =>
  createHmac('sha256', key).update(`${slug}|${at}`).digest('base64url');

export function formTokens(cipher: FieldCipher) {
  const key = cipher.derivedKey('guide-comment-form');
  return {
    issue(slug: string, now: Date): string {
      const at = now.getTime();
      return `${at}.${sign(key, slug, at)}`;
    },
    check(token: string, slug: string, now: Date): TokenCheck {
      const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
      if (!match) return 'forged';
      const at = Number(match[1]);
      const expected = Buffer.from(sign(key, slug, at));
      const given = Buffer.from(match[2]!);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged';
      const age = now.getTime() - at;
      if (age < MIN_FILL_MS) return 'too-fast';
      if (age > FORM_TTL_MS) return 'expired';
      return 'ok';
    },
  };
}
