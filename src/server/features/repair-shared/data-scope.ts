/**
 * The export's scope for repair-phase tables: the member's own rows wherever
 * they wrote them, and, in their current space, the rows the visibility rule
 * lets them read (never the partner's private ones). Named `unsafe…` because
 * the first half crosses spaces on purpose (it is scoped by the member): use
 * it for "your data" only.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import { visibleTo } from '../../platform/db/visibility.js';

export function unsafeExportScope(memberId: string, spaceId: string | null, reader: Reader) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any repair table
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const mine = eb(sql.ref('authorId'), '=', memberId);
    if (!spaceId) return mine;
    return eb.or([mine, eb.and([eb(sql.ref('spaceId'), '=', spaceId), visibleTo(reader)(eb)])]);
  };
}
