/**
 * The need rows other features read: the path's step 8 ("every listed need of
 * both partners is acknowledged") and commitments that name a need. Only
 * reads, all through the visibility rule; the writes stay in `queries.ts`.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import type {
  NeedAcknowledgmentsTable,
  NeedsTable,
  NeedVersionsTable,
} from '../../platform/db/schema-needs.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

export type NeedRow = Selectable<NeedsTable>;
export type NeedVersionRow = Selectable<NeedVersionsTable>;
export type NeedAcknowledgmentRow = Selectable<NeedAcknowledgmentsTable>;

/** With a database kind, locked for the rest of the transaction on PostgreSQL. */
export function findNeed(
  db: Kysely<DB>,
  kind: DatabaseKind | null,
  spaceId: string,
  needId: string,
  reader: Reader,
) {
  return findVisible(db, 'needs', { spaceId, reader }, needId, kind);
}

export function listNeedRows(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'needs', { spaceId, reader })
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function listNeedVersions(db: Kysely<DB>, spaceId: string, reader: Reader, needId?: string) {
  let query = visibleRows(db, 'needVersions', { spaceId, reader });
  if (needId) query = query.where('needId', '=', needId);
  return query.orderBy('version', 'asc').execute();
}

export function listNeedAcknowledgments(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
  needId?: string,
) {
  let query = visibleRows(db, 'needAcknowledgments', { spaceId, reader });
  if (needId) query = query.where('needId', '=', needId);
  return query.orderBy('createdAt', 'asc').execute();
}

/** The newest version of a need among `versions` (oldest first). */
export function latestOf(needId: string, versions: NeedVersionRow[]): NeedVersionRow | undefined {
  return versions.filter((v) => v.needId === needId).at(-1);
}

/**
 * The acknowledgment of a need's newest version by someone other than its
 * author, if any: an edit makes a new version, so older acknowledgments no
 * longer count.
 */
export function acknowledgmentOf(
  need: NeedRow,
  latest: NeedVersionRow | undefined,
  acknowledgments: NeedAcknowledgmentRow[],
): NeedAcknowledgmentRow | undefined {
  if (!latest) return undefined;
  return acknowledgments.find((a) => a.versionId === latest.id && a.authorId !== need.authorId);
}

export interface LiveNeedFact {
  id: string;
  authorId: string;
  category: NeedVersionRow['category'];
  importance: number;
  /** The newest version's id. */
  versionId: string;
  acknowledged: boolean;
  acknowledgedAt: string | null;
  createdAt: string;
}

/**
 * The space's live (not retired) needs, oldest first, with their author and
 * whether the other partner acknowledged the newest version, and when. No text:
 * the path needs facts, not words.
 */
export async function listLiveNeeds(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
): Promise<LiveNeedFact[]> {
  const [needs, versions, acknowledgments] = await Promise.all([
    listNeedRows(db, spaceId, reader),
    listNeedVersions(db, spaceId, reader),
    listNeedAcknowledgments(db, spaceId, reader),
  ]);
  return needs.flatMap((need) => {
    if (need.retiredAt) return [];
    const latest = latestOf(need.id, versions);
    if (!latest) return [];
    const acknowledgment = acknowledgmentOf(need, latest, acknowledgments);
    return [
      {
        id: need.id,
        authorId: need.authorId,
        category: latest.category,
        importance: latest.importance,
        versionId: latest.id,
        acknowledged: acknowledgment !== undefined,
        acknowledgedAt: acknowledgment?.createdAt ?? null,
        createdAt: need.createdAt,
      },
    ];
  });
}
