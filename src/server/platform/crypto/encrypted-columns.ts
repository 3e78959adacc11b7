/**
 * Every encrypted column, with how to find its row id and space id. Key rotation
 * and the privacy tests read this list; a new encrypted field is added here.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The column holding the row id bound as associated data. */
  idColumn: string;
  /** The column holding the space id (or, for `scope: 'member'`, the member id) bound too. */
  scopeColumn: string;
  scope: 'space' | 'member';
}

const spaceText = (table: string, column: string): EncryptedColumn => ({
  table,
  column,
  idColumn: 'id',
  scopeColumn: 'space_id',
  scope: 'space',
});

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  spaceText('check_ins', 'note_text'),
  spaceText('therapist_grants', 'therapist_email'),
  spaceText('therapist_notes', 'text'),
  {
    table: 'safety_checks',
    column: 'answers',
    idColumn: 'id',
    scopeColumn: 'member_id',
    scope: 'member',
  },
  {
    table: 'totp_factors',
    column: 'secret',
    idColumn: 'id',
    scopeColumn: 'member_id',
    scope: 'member',
  },
];
