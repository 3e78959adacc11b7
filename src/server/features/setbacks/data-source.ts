/** Setbacks in "your data". */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const setbacksDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const rows = await db
      .selectFrom('setbacks')
      .selectAll()
      .where(unsafeExportScope(memberId, spaceId, reader))
      .orderBy('day')
      .execute();
    return {
      setbacks: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        loggedBy: row.authorId,
        kind: row.kind,
        severity: row.severity,
        day: row.day,
        note: cipher.decryptNullable(row.note, { rowId: row.id, spaceId: row.spaceId }),
        breachId: row.breachId,
        agreementId: row.agreementId,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
      })),
    };
  },
};
