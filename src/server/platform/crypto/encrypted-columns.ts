/**
 * Every encrypted column, with how to find its row id and space id. Key rotation
 * and the privacy tests read this list; a new encrypted field is added here.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The column holding the row id bound as associated data. */
  idColumn: string;
  /** The column holding the space id bound as associated data. */
  spaceColumn: string;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'check_ins', column: 'note_text', idColumn: 'id', spaceColumn: 'space_id' },
];
