/**
 * The outbox stops holding addresses and links in the clear: from here on the
 * address and the link are encrypted (bound to the outbox row), the link is
 * cleared once the mail has gone, and `to_lookup` holds the address's blind
 * index, so a member's mail is still found for their export and deletion.
 *
 * Rows written before this migration are encrypted at the next start, when the
 * key is loaded (`sealOutbox`); until then their `to_lookup` is null.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('to_lookup', 'text').execute();
  await db.schema.createIndex('outbox_to_lookup').on('outbox').column('to_lookup').execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
