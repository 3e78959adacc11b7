/**
 * Live updates (issue 11): `space_events`, the short memory of the event
 * stream, so a browser that reconnects with `Last-Event-ID` — on this node or
 * any other — receives what it missed. A row names a kind and an item id and
 * the one member it is for; never content. Rows are kept for 24 hours
 * (platform/events/announce.ts prunes them). Both foreign keys cascade, so
 * deleting an account or a space deletes its events.
 */
import type { Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);
  await db.schema
    .createTable('space_events')
    // A UUIDv7: its order is the stream's order, across nodes.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('recipient_id', 'text', (c) =>
      c.notNull().references('members.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  // Catch-up reads one member's events of one space after an id.
  await db.schema
    .createIndex('space_events_catch_up')
    .on('space_events')
    .columns(['space_id', 'recipient_id', 'id'])
    .execute();
  await db.schema
    .createIndex('space_events_created')
    .on('space_events')
    .columns(['created_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
