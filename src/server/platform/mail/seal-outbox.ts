/**
 * Rows the outbox held before migration 0006 have their address and link in
 * the clear. Encrypting needs the key, which migrations do not have, so this
 * runs once the key is loaded (at start, and before `mend rotate-key`): it
 * encrypts those rows, gives them their blind index, and drops the link of
 * mail already sent. A row is recognised by its missing `to_lookup`; sealing
 * twice changes nothing.
 */
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';
import { normalizeAddress, outboxBinding } from './outbox.js';

export async function sealOutbox(db: Kysely<DB>, cipher: FieldCipher): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .select(['id', 'toAddress', 'link', 'sentAt'])
      .where('toLookup', 'is', null)
      .execute();
    for (const row of rows) {
      const to = normalizeAddress(row.toAddress);
      const link = row.sentAt === null ? row.link : null;
      await trx
        .updateTable('outbox')
        .set({
          toAddress: cipher.encrypt(to, outboxBinding(row.id)),
          toLookup: cipher.blindIndex(to),
          link: cipher.encryptNullable(link, outboxBinding(row.id)),
        })
        .where('id', '=', row.id)
        .where('toLookup', 'is', null)
        .execute();
    }
    return rows.length;
  });
}
