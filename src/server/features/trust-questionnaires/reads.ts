/**
 * The trust questionnaire rows other features read (export, therapist view):
 * only reads, all through the visibility rule; the writes stay in `queries.ts`.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DB } from '../../platform/db/schema.js';
import type { TrustQuestionnairesTable } from '../../platform/db/schema-trust.js';
import { findVisible, visibleRows } from '../repair-shared/visible-rows.js';

export type TrustQuestionnaireRow = Selectable<TrustQuestionnairesTable>;

export function findQuestionnaire(db: Kysely<DB>, spaceId: string, id: string, reader: Reader) {
  return findVisible(db, 'trustQuestionnaires', { spaceId, reader }, id);
}

/** The questionnaires the reader may see in the space, oldest first. */
export function listQuestionnaires(db: Kysely<DB>, spaceId: string, reader: Reader) {
  return visibleRows(db, 'trustQuestionnaires', { spaceId, reader })
    .orderBy('month', 'asc')
    .orderBy('createdAt', 'asc')
    .execute();
}

/** The answers of a questionnaire row, decrypted. */
export function trustAnswersOf(cipher: FieldCipher, row: TrustQuestionnaireRow): number[] {
  return JSON.parse(
    cipher.decrypt(row.answers, { rowId: row.id, spaceId: row.spaceId }),
  ) as number[];
}
