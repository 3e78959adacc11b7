/**
 * Needs with every version and acknowledgment, in "your data"; and what
 * leaving a space does to them.
 *
 * Leaving: needs are shared entries, so — like agreements and setbacks — they
 * stay in the space for the partner who remains, with every version and
 * acknowledgment. The leaver's live needs are retired at that moment (nothing
 * is deleted): a need of someone no longer in the space is no longer waiting
 * to be understood there, and the path's "every need acknowledged" stops
 * counting it.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';

export const needsDataSource: MemberDataSource = {
  async export({ db, cipher, memberId, spaceId, reader }) {
    const scope = unsafeExportScope(memberId, spaceId, reader);
    const [needs, versions, acknowledgments] = await Promise.all([
      db.selectFrom('needs').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('needVersions').selectAll().where(scope).orderBy('createdAt').execute(),
      db.selectFrom('needAcknowledgments').selectAll().where(scope).orderBy('createdAt').execute(),
    ]);
    return {
      needs: needs.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        authorId: row.authorId,
        retiredAt: row.retiredAt,
        therapistMaySee: row.therapistVisible === 1,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      })),
      need_versions: versions.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        needId: row.needId,
        authorId: row.authorId,
        version: row.version,
        category: row.category,
        importance: row.importance,
        text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
        createdAt: row.createdAt,
      })),
      need_acknowledgments: acknowledgments.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        needId: row.needId,
        versionId: row.versionId,
        acknowledgedBy: row.authorId,
        createdAt: row.createdAt,
      })),
    };
  },

  async onLeave(db, spaceId, memberId) {
    // The moment the membership ended (set just before, in this transaction),
    // so the app's clock decides, as everywhere else.
    const left = await db
      .selectFrom('spaceMembers')
      .select('leftAt')
      .where('spaceId', '=', spaceId)
      .where('memberId', '=', memberId)
      .where('leftAt', 'is not', null)
      .orderBy('leftAt', 'desc')
      .executeTakeFirst();
    const at = left?.leftAt ?? new Date().toISOString();
    await db
      .updateTable('needs')
      .set({ retiredAt: at, updatedAt: at })
      .where('spaceId', '=', spaceId)
      .where('authorId', '=', memberId)
      .where('retiredAt', 'is', null)
      .execute();
  },
};
