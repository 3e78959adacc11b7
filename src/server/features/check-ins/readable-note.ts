/**
 * A check-in's note as a given reader may see it: the visibility rule decides,
 * then the text is decrypted. Used wherever check-ins leave the server (the
 * API, the export, the therapist's view), so the rule is applied the same way.
 */
import type { Visibility } from '../../../domain/visibility.js';
import { canRead, type Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { CheckInRow } from './queries.js';

export function readableNote(
  row: CheckInRow,
  reader: Reader,
  cipher: FieldCipher,
): { text: string; visibility: Visibility } | null {
  if (row.noteText === null || row.noteVisibility === null) return null;
  const entry = {
    authorId: row.memberId,
    visibility: row.noteVisibility,
    therapistMaySee: row.therapistVisible === 1,
  };
  if (!canRead(entry, reader)) return null;
  return {
    text: cipher.decrypt(row.noteText, { rowId: row.id, spaceId: row.spaceId }),
    visibility: row.noteVisibility,
  };
}
