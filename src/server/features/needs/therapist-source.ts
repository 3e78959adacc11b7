/**
 * What a consented therapist may see of needs: the versions whose author
 * flagged "therapist may see", through the one visibility rule.
 */
import type { TherapistViewSource } from '../../platform/data/therapist-view.js';
import { listNeedVersions } from './reads.js';

export const needsTherapistSource: TherapistViewSource = {
  async list({ db, cipher, spaceId, reader }) {
    const versions = await listNeedVersions(db, spaceId, reader);
    return versions.map((row) => ({
      kind: 'need',
      id: row.id,
      authorId: row.authorId,
      day: null,
      createdAt: row.createdAt,
      facts: {
        needId: row.needId,
        version: row.version,
        category: row.category,
        importance: row.importance,
      },
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
    }));
  },
};
