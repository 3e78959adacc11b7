/**
 * How a feature's tables take part in "your data": the export (everything that
 * is the member's, and the shared entries of their space — never the partner's
 * private ones) and leaving a space (the leaver's private entries go with them).
 *
 * Each feature with member data writes one `MemberDataSource` in its folder
 * (`data-source.ts`) and adds it to `features/your-data/sources.ts`. The privacy
 * test enumerates every table in the schema and fails when one holding member
 * data is not covered by an export section of the same name.
 *
 * Account deletion needs no code here: every author/member column references
 * `members(id)` with `on delete cascade`, so the database removes the rows.
 */
import type { Kysely } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';

export interface MemberDataContext {
  db: Kysely<DB>;
  cipher: FieldCipher;
  memberId: string;
  /** The member's current space, or null. */
  spaceId: string | null;
  /** The member as a partner reader, for the visibility rule. */
  reader: Reader;
  now: Date;
  /** The member's time zone (for rules such as the check-in reveal). */
  timeZone: string;
}

export interface MemberDataSource {
  /** Export sections, keyed by table name (snake_case), with decrypted text. */
  export(context: MemberDataContext): Promise<Record<string, unknown[]>>;
  /**
   * Runs inside the leave transaction: remove the leaver's private entries from
   * the space they leave (the space stays with the one who remains).
   */
  onLeave?(db: Kysely<DB>, spaceId: string, memberId: string): Promise<void>;
}
