/**
 * Commitments (migration 0009): the promises, their changes of state, the
 * owner's mark on each due day and the partner's review of a mark. Shared by
 * nature, like setbacks; free text is encrypted (encrypted-columns.ts).
 */
import type { VisibilityRuleColumns } from './schema.js';

export type ScheduleKind = 'daily' | 'weekdays' | 'times-a-week';
export type CommitmentStatusName = 'active' | 'paused' | 'ended';

export interface CommitmentsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  /** The owner: the partner who made the promise. */
  authorId: string;
  /** Encrypted. */
  text: string;
  scheduleKind: ScheduleKind;
  /** ISO weekdays, comma-separated ("1,3,5"), for a weekdays schedule. */
  weekdays: string | null;
  timesPerWeek: number | null;
  needId: string | null;
  status: CommitmentStatusName;
  /** The owner's local day it was made. */
  startedOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface CommitmentChangesTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  commitmentId: string;
  authorId: string;
  status: CommitmentStatusName;
  /** The owner's local day of the change. */
  day: string;
  createdAt: string;
}

export interface CommitmentMarksTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  commitmentId: string;
  authorId: string;
  day: string;
  outcome: 'kept' | 'missed';
  /** Encrypted. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CommitmentMarkReviewsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  markId: string;
  commitmentId: string;
  /** The partner who confirmed or questioned the mark. */
  authorId: string;
  verdict: 'confirmed' | 'questioned';
  /** Encrypted. */
  note: string | null;
  /** The owner's answer to a question; encrypted. */
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
  updatedAt: string;
}
