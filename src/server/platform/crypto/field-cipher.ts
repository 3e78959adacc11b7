/**
 * Encryption at rest for the free text of space content: AES-256-GCM with a
 * random 96-bit IV per value, and the row id and space id bound as associated
 * data, so a ciphertext copied onto another row (or into another space) fails
 * to decrypt instead of showing someone else's words.
 *
 * Stored form: `m1.<keyId>.<iv>.<ciphertext+tag>` (base64url parts). The key id
 * lets `mend rotate-key` find values still under an older key.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import { randomBytesFromPool } from './random-pool.js';

/**
 * What a ciphertext is bound to: its row, and the space it belongs to — or,
 * for a member's own data outside any space (safety answers), the member; or,
 * for a platform row that belongs to neither (an e-mail waiting in the outbox,
 * perhaps to someone without an account, or a guide commenter's address), its table.
 */
export type CipherBinding =
  | { rowId: string; spaceId: string }
  | { rowId: string; memberId: string }
  | { rowId: string; table: PlatformTable };

/** Platform tables whose rows are bound to the table itself (the guide's commenters have no account). */
export type PlatformTable = 'outbox' | 'mail_opt_outs' | 'guide_comments' | 'guide_subscribers';

/** The binding of a row that belongs to a space: the usual case for couple data. */
export const spaceRowBinding = (row: { id: string; spaceId: string }): CipherBinding => ({
  rowId: row.id,
  spaceId: row.spaceId,
});

const PREFIX = 'm1';
const IV_BYTES = 12;
/** GCM's full tag. A shorter one would let a forger try 2^32 guesses instead of 2^128. */
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('mend-key-id').update(key).digest('hex').slice(0, 12);
}

export class FieldCipher {
  readonly keyId: string;
  private readonly keys: Map<string, Buffer>;

  /** `current` encrypts; `previous` keys still decrypt during a rotation. */
  constructor(
    private readonly current: Buffer,
    previous: Buffer[] = [],
  ) {
    if (current.length !== 32) throw new Error('The encryption key must be 32 bytes');
    this.keyId = keyIdOf(current);
    this.keys = new Map([...previous, current].map((key) => [keyIdOf(key), key]));
  }

  encrypt(plaintext: string, binding: CipherBinding): string {
    const iv = randomBytesFromPool(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(binding));
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [PREFIX, this.keyId, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(stored: string, binding: CipherBinding): string {
    const [prefix, keyId, ivText, bodyText] = stored.split('.');
    if (prefix !== PREFIX || !keyId || !ivText || !bodyText) {
      throw new DecryptionError('A stored value is not in the encrypted format');
    }
    const key = this.keys.get(keyId);
    if (!key)
      throw new DecryptionError(`A stored value is encrypted with an unknown key (${keyId})`);
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    // Node accepts a tag of 4 to 16 bytes unless told the length: a cut-down
    // tag must not pass as a valid one.
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) {
      throw new DecryptionError('A stored value is too short to be genuine');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(binding));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new DecryptionError('A stored value failed its integrity check');
    }
  }

  /**
   * A keyed hash of `value` for finding rows by an encrypted value (a blind
   * index): equal values give equal hashes, and without the key a hash reveals
   * nothing, not even to a dictionary of likely addresses. It changes with the
   * key, so `mend rotate-key` recomputes it (see `blindIndexColumn`).
   */
  blindIndex(value: string): string {
    const indexKey = createHmac('sha256', this.current).update('mend-blind-index').digest();
    return createHmac('sha256', indexKey).update(value, 'utf8').digest('base64url');
  }

  /**
   * A key for one purpose (signing the guide's comment forms, say), derived
   * from the current key so there is no second secret to keep; it changes
   * with the key, which only makes forms rendered before a rotation expire.
   */
  derivedKey(purpose: string): Buffer {
    return createHmac('sha256', this.current).update(`mend-derived|${purpose}`).digest();
  }

  /** Null stays null: an empty field is not encrypted. */
  encryptNullable(plaintext: string | null, binding: CipherBinding): string | null {
    return plaintext === null ? null : this.encrypt(plaintext, binding);
  }

  decryptNullable(stored: string | null, binding: CipherBinding): string | null {
    return stored === null ? null : this.decrypt(stored, binding);
  }

  /** The key id a stored value was written with. */
  static keyIdOfValue(stored: string): string | undefined {
    return stored.split('.')[1];
  }
}

function associatedData(binding: CipherBinding): Buffer {
  const scope =
    'spaceId' in binding
      ? `space:${binding.spaceId}`
      : 'memberId' in binding
        ? `member:${binding.memberId}`
        : `table:${binding.table}`;
  return Buffer.from(`mend|${scope}|${binding.rowId}`, 'utf8');
}
