/**
 * The recovery forecast (FORECAST.md) and the jobs table that recomputes it.
 *
 * `forecasts` holds one stored answer per hurt partner in a space: numbers and
 * dates only (ratings stay plaintext for charts, DESIGN.md §5), recomputed by a
 * job after new data arrives, never on a page view. `forecast_shares` holds the
 * hurt partner's choice to let their partner see it: a row is "shared", so
 * sharing twice is one row and stopping is a delete.
 *
 * `jobs` is the embedded scheduler's queue (DESIGN.md §6): one row per kind and
 * subject, so a burst of writes asks for one refresh; a runner claims a row by
 * a conditional update of `locked_until`, so two nodes never run it at once.
 */
import type { Kysely } from 'kysely';
import { instantType } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const instant = instantType(db);
  await db.schema
    .createTable('forecasts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    // The hurt partner's today when it was computed, and the answer as JSON.
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('computed_at', instant, (c) => c.notNull())
    .addUniqueConstraint('forecasts_one_per_member', ['space_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('forecast_shares')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('forecast_shares_pk', ['space_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // What the job is about (a space id for a forecast refresh); never content.
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('due_at', instant, (c) => c.notNull())
    // Bumped by every enqueue, so a run that started before a new write knows to run again.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('locked_until', instant)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('jobs_one_per_subject', ['kind', 'subject'])
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['due_at']).execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
