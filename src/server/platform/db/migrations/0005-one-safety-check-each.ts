/**
 * One safety check per member: answering again replaces the answers (an
 * upsert on member_id), so a double tap or a retry cannot leave two records.
 * Only the newest record was ever read; the older ones are removed here — they
 * are the most sensitive answers Mend holds, and nobody could see them.
 * (docs/decisions/006-natural-keys-and-limits-under-concurrency.md)
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from safety_checks
    where exists (
      select 1 from safety_checks newer
      where newer.member_id = safety_checks.member_id
        and (newer.created_at > safety_checks.created_at
          or (newer.created_at = safety_checks.created_at and newer.id > safety_checks.id))
    )
  `.execute(db);
  await db.schema.dropIndex('safety_checks_member').execute();
  await db.schema
    .createIndex('safety_checks_one_each')
    .on('safety_checks')
    .column('member_id')
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only.
}
