/**
 * The tables of understanding needs and forgiveness (migration 0007), kept
 * apart from schema.ts; the `DB` interface there names them.
 */
import type { Flag } from './schema.js';

/** The visibility rule's columns (platform/db/visibility.ts). */
interface VisibilityColumns {
  visibility: 'private' | 'shared';
  therapistVisible: Flag;
}

export type NeedCategoryName =
  | 'communication'
  | 'quality-time'
  | 'emotional-support'
  | 'transparency'
  | 'space'
  | 'reassurance'
  | 'affection'
  | 'other';

/** One need's stable identity: commitments may name it across edits. */
export interface NeedsTable extends VisibilityColumns {
  id: string;
  spaceId: string;
  authorId: string;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedVersionsTable extends VisibilityColumns {
  id: string;
  spaceId: string;
  needId: string;
  authorId: string;
  version: number;
  category: NeedCategoryName;
  importance: number;
  /** Encrypted. */
  text: string;
  createdAt: string;
}

/** "I understand this need", given to one version by the other partner. */
export interface NeedAcknowledgmentsTable extends VisibilityColumns {
  id: string;
  spaceId: string;
  needId: string;
  versionId: string;
  authorId: string;
  createdAt: string;
}

export interface ForgivenessReflectionsTable extends VisibilityColumns {
  id: string;
  spaceId: string;
  authorId: string;
  period: number;
  day: string;
  /** Encrypted: the answers as a JSON array, in item order. */
  answers: string;
  createdAt: string;
  updatedAt: string;
}

export interface ForgivenessStatementsTable extends VisibilityColumns {
  id: string;
  spaceId: string;
  authorId: string;
  /** Encrypted. */
  text: string;
  createdAt: string;
  updatedAt: string;
}
