/**
 * Recovery codes: ten per member, 80 random bits each, written as four groups
 * of four in Crockford's base32 (no i, l, o, u: nothing to misread). Only a
 * SHA-256 of each is stored; 80 bits make an offline search hopeless, so a
 * slow hash is not needed and a code can be found by its hash.
 */
import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A new code as shown to the member: `xxxx-xxxx-xxxx-xxxx`. */
export function newRecoveryCode(): string {
  return encode(randomBytes(10)).match(/.{4}/g)!.join('-');
}

/** What the member typed, made comparable: lower case, no separators, look-alikes folded. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
}

export function hashRecoveryCode(input: string): string {
  return createHash('sha256')
    .update(`mend-recovery-code:${normalizeRecoveryCode(input)}`)
    .digest('hex');
}
