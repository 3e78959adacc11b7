/**
 * Re-encrypts every encrypted column under a new key, in one transaction, and
 * records the new key's id: either every value moves to the new key or none
 * does. Run it with Mend stopped (the running server knows only the old key).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns.js';
import { recordKeyId } from './encryption-key.js';
import { FieldCipher, type CipherBinding } from './field-cipher.js';

export interface RotationReport {
  values: number;
  keyId: string;
}

export async function rotateEncryptionKey(
  db: Kysely<DB>,
  current: FieldCipher,
  newKey: Buffer,
): Promise<RotationReport> {
  const next = new FieldCipher(newKey);
  let values = 0;
  await db.transaction().execute(async (trx) => {
    for (const column of ENCRYPTED_COLUMNS) {
      const scope = column.scopeColumn ? sql.ref(column.scopeColumn) : sql.lit(column.table);
      const { rows } = await sql<{ id: string; scope: string; value: string }>`
        select ${sql.ref(column.idColumn)} as id, ${scope} as scope,
               ${sql.ref(column.column)} as value
        from ${sql.table(column.table)}
        where ${sql.ref(column.column)} is not null`.execute(trx);
      for (const row of rows) {
        const binding = bindingOf(column, row);
        const plaintext = current.decrypt(row.value, binding);
        const index = column.blindIndexColumn
          ? sql`, ${sql.ref(column.blindIndexColumn)} = ${next.blindIndex(plaintext)}`
          : sql``;
        await sql`update ${sql.table(column.table)}
          set ${sql.ref(column.column)} = ${next.encrypt(plaintext, binding)}${index}
          where ${sql.ref(column.idColumn)} = ${row.id}`.execute(trx);
        values += 1;
      }
    }
    await recordKeyId(trx, next.keyId);
  });
  return { values, keyId: next.keyId };
}

function bindingOf(column: EncryptedColumn, row: { id: string; scope: string }): CipherBinding {
  switch (column.scope) {
    case 'space':
      return { rowId: row.id, spaceId: row.scope };
    case 'member':
      return { rowId: row.id, memberId: row.scope };
    case 'table':
      if (
        column.table !== 'outbox' &&
        column.table !== 'mail_opt_outs' &&
        column.table !== 'guide_comments' &&
        column.table !== 'guide_subscribers'
      )
        throw new Error(`No table binding for ${column.table}`);
      return { rowId: row.id, table: column.table };
  }
}
