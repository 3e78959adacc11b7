/**
 * The forgiveness rows other features read. Only reads; the writes stay in
 * `queries.ts`. `forgivenessFactsOf` is for the path's step 10: it reads one
 * member's reflections whatever their visibility, so the path can compute
 * "reliable change" without ever showing the scores to anyone but their
 * author — its caller passes on facts (reached or not), never the numbers.
 */
import type { Kysely, Selectable } from 'kysely';
import { scoreReflection, type ForgivenessScores } from '../../../domain/forgiveness.js';
import type { Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { inSpace } from '../../platform/db/in-space.js';
import type { DB } from '../../platform/db/schema.js';
import type {
  ForgivenessReflectionsTable,
  ForgivenessStatementsTable,
} from '../../platform/db/schema-needs.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

export type ReflectionRow = Selectable<ForgivenessReflectionsTable>;
export type StatementRow = Selectable<ForgivenessStatementsTable>;

export function findReflection(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return findVisible(db, 'forgivenessReflections', { spaceId, reader }, id);
}

/** The reflections the reader may see in the space, oldest first. */
export function listReflections(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'forgivenessReflections', { spaceId, reader })
    .orderBy('day', 'asc')
    .orderBy('createdAt', 'asc')
    .execute();
}

export function listStatements(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'forgivenessStatements', { spaceId, reader })
    .orderBy('createdAt', 'asc')
    .execute();
}

/** The answers of a reflection row, decrypted. */
export function answersOf(cipher: FieldCipher, row: ReflectionRow): number[] {
  return JSON.parse(
    cipher.decrypt(row.answers, { rowId: row.id, spaceId: row.spaceId }),
  ) as number[];
}

export interface ForgivenessFacts {
  /** The member's reflections in the space, oldest first, with their subscale scores. */
  reflections: { id: string; day: string; createdAt: string; scores: ForgivenessScores }[];
  /** Whether the member has a forgiveness statement they chose to share. */
  sharedStatement: boolean;
}

/** One member's forgiveness facts in a space, for the path (see above). */
export async function forgivenessFactsOf(
  db: Kysely<DB>,
  cipher: FieldCipher,
  spaceId: string,
  memberId: string,
): Promise<ForgivenessFacts> {
  const [reflections, statement] = await Promise.all([
    inSpace(db, 'forgivenessReflections', { spaceId })
      .selectAll()
      .where('authorId', '=', memberId)
      .orderBy('day', 'asc')
      .orderBy('createdAt', 'asc')
      .execute(),
    inSpace(db, 'forgivenessStatements', { spaceId })
      .select('id')
      .where('authorId', '=', memberId)
      .where('visibility', '=', 'shared')
      .executeTakeFirst(),
  ]);
  return {
    reflections: reflections.map((row) => ({
      id: row.id,
      day: row.day,
      createdAt: row.createdAt,
      scores: scoreReflection(answersOf(cipher, row)),
    })),
    sharedStatement: statement !== undefined,
  };
}
