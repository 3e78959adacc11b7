/**
 * Commitment, change, mark and review rows. Every query takes the space id;
 * nothing is ever deleted here (an account's deletion cascades in the database).
 */
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import { inSpace, updateInSpace } from '../../platform/db/in-space.js';
import type {
  CommitmentChangesTable,
  CommitmentMarkReviewsTable,
  CommitmentMarksTable,
  CommitmentsTable,
} from '../../platform/db/schema-commitments.js';
import type { DB } from '../../platform/db/schema.js';

export type CommitmentRow = Selectable<CommitmentsTable>;
export type ChangeRow = Selectable<CommitmentChangesTable>;
export type MarkRow = Selectable<CommitmentMarksTable>;
export type ReviewRow = Selectable<CommitmentMarkReviewsTable>;

/** Every row of a commitment, for its presenter. */
export interface CommitmentRows {
  commitment: CommitmentRow;
  changes: ChangeRow[];
  marks: MarkRow[];
  reviews: ReviewRow[];
}

export function listCommitmentRows(db: Kysely<DB>, spaceId: string) {
  return inSpace(db, 'commitments', { spaceId }).selectAll().orderBy('createdAt', 'desc').execute();
}

/** One commitment; with a database kind, held until the transaction ends on PostgreSQL. */
export async function findCommitmentRow(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  lockOn: DatabaseKind | null = null,
): Promise<CommitmentRow | undefined> {
  const query = inSpace(db, 'commitments', { spaceId }).selectAll().where('id', '=', id);
  return (lockOn === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/** The changes, marks and reviews of the given commitments, grouped by commitment. */
export async function rowsOf(
  db: Kysely<DB>,
  spaceId: string,
  commitments: CommitmentRow[],
): Promise<CommitmentRows[]> {
  if (commitments.length === 0) return [];
  const ids = commitments.map((row) => row.id);
  const [changes, marks, reviews] = await Promise.all([
    inSpace(db, 'commitmentChanges', { spaceId })
      .selectAll()
      .where('commitmentId', 'in', ids)
      .orderBy('createdAt')
      .orderBy('id')
      .execute(),
    inSpace(db, 'commitmentMarks', { spaceId })
      .selectAll()
      .where('commitmentId', 'in', ids)
      .orderBy('day')
      .execute(),
    inSpace(db, 'commitmentMarkReviews', { spaceId })
      .selectAll()
      .where('commitmentId', 'in', ids)
      .execute(),
  ]);
  return commitments.map((commitment) => ({
    commitment,
    changes: changes.filter((row) => row.commitmentId === commitment.id),
    marks: marks.filter((row) => row.commitmentId === commitment.id),
    reviews: reviews.filter((row) => row.commitmentId === commitment.id),
  }));
}

export async function insertCommitment(db: Kysely<DB>, row: CommitmentRow): Promise<void> {
  await db.insertInto('commitments').values(row).execute();
}

export async function insertChange(db: Kysely<DB>, row: ChangeRow): Promise<void> {
  await db.insertInto('commitmentChanges').values(row).execute();
}

export async function setStatus(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  status: CommitmentRow['status'],
  updatedAt: string,
): Promise<void> {
  await updateInSpace(db, 'commitments', { spaceId }, id, { status, updatedAt });
}

export function findMark(db: Kysely<DB>, spaceId: string, commitmentId: string, day: string) {
  return inSpace(db, 'commitmentMarks', { spaceId })
    .selectAll()
    .where('commitmentId', '=', commitmentId)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** Marks of a commitment in one week, for the cap of an N-times-a-week schedule. */
export async function marksBetween(
  db: Kysely<DB>,
  spaceId: string,
  commitmentId: string,
  from: string,
  to: string,
): Promise<MarkRow[]> {
  return inSpace(db, 'commitmentMarks', { spaceId })
    .selectAll()
    .where('commitmentId', '=', commitmentId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
}

export async function insertMark(db: Kysely<DB>, row: MarkRow): Promise<void> {
  await db.insertInto('commitmentMarks').values(row).execute();
}

export async function changeMark(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  fields: Pick<MarkRow, 'outcome' | 'note' | 'updatedAt'>,
): Promise<void> {
  await updateInSpace(db, 'commitmentMarks', { spaceId }, id, fields);
}

export function findReview(db: Kysely<DB>, spaceId: string, markId: string) {
  return inSpace(db, 'commitmentMarkReviews', { spaceId })
    .selectAll()
    .where('markId', '=', markId)
    .executeTakeFirst();
}

export async function insertReview(db: Kysely<DB>, row: ReviewRow): Promise<void> {
  await db.insertInto('commitmentMarkReviews').values(row).execute();
}

export async function answerReview(
  db: Kysely<DB>,
  spaceId: string,
  id: string,
  answer: string,
  at: string,
): Promise<void> {
  await updateInSpace(db, 'commitmentMarkReviews', { spaceId }, id, {
    answer,
    answeredAt: at,
    updatedAt: at,
  });
}
