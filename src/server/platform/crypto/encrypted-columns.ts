/**
 * Every encrypted column, with how to find its row id and space id. Key rotation
 * and the privacy tests read this list; a new encrypted field is added here.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The column holding the row id bound as associated data. */
  idColumn: string;
  /**
   * What else is bound: the space (`scopeColumn` holds its id), the member
   * (`scopeColumn` holds the member id), or, for a platform table, the table.
   */
  scope: 'space' | 'member' | 'table';
  scopeColumn?: string;
  /** A column holding the value's blind index, which changes with the key. */
  blindIndexColumn?: string;
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
  // The repair phase (migration 0004).
  spaceText('breaches', 'title'),
  spaceText('breaches', 'description'),
  spaceText('acknowledgments', 'text'),
  spaceText('acknowledgment_responses', 'comment'),
  spaceText('impact_statements', 'text'),
  spaceText('apologies', 'what_happened'),
  spaceText('apologies', 'impact'),
  spaceText('apologies', 'responsibility'),
  spaceText('apologies', 'what_will_change'),
  spaceText('apology_ratings', 'comment'),
  spaceText('conversations', 'topic'),
  spaceText('conversation_ratings', 'note_text'),
  spaceText('agreement_versions', 'text'),
  spaceText('agreement_answers', 'comment'),
  spaceText('agreement_breaks', 'note'),
  spaceText('setbacks', 'note'),
  // Commitments (migration 0009).
  spaceText('commitments', 'text'),
  spaceText('commitment_marks', 'note'),
  spaceText('commitment_mark_reviews', 'note'),
  spaceText('commitment_mark_reviews', 'answer'),
  // Needs and forgiveness (migration 0007).
  spaceText('need_versions', 'text'),
  spaceText('forgiveness_reflections', 'answers'),
  spaceText('forgiveness_statements', 'text'),
  // Trust measures (migration 0012).
  spaceText('trust_questionnaires', 'answers'),
  {
    table: 'safety_checks',
    column: 'answers',
    idColumn: 'id',
    scopeColumn: 'member_id',
    scope: 'member',
  },
  // E-mail waiting to be sent (migration 0005): the address, with a blind index
  // to find a member's mail, and the link until the mail has gone.
  {
    table: 'outbox',
    column: 'to_address',
    idColumn: 'id',
    scope: 'table',
    blindIndexColumn: 'to_lookup',
  },
  { table: 'outbox', column: 'link', idColumn: 'id', scope: 'table' },
  // E-mail and accounts (migration 0014): an address waiting to be confirmed,
  // and the address of a recipient who turned a mail kind off (kept so that
  // rotating the key recomputes its lookup and the choice survives).
  {
    table: 'account_links',
    column: 'new_email',
    idColumn: 'id',
    scopeColumn: 'member_id',
    scope: 'member',
  },
  {
    table: 'mail_opt_outs',
    column: 'address',
    idColumn: 'id',
    scope: 'table',
    blindIndexColumn: 'address_lookup',
  },
  // A guide commenter's address (migration 0016): never published, found by its blind index.
  {
    table: 'guide_comments',
    column: 'email',
    idColumn: 'id',
    scope: 'table',
    blindIndexColumn: 'email_lookup',
  },
  // A guide subscriber's address (migration 0017), found by its blind index.
  {
    table: 'guide_subscribers',
    column: 'email',
    idColumn: 'id',
    scope: 'table',
    blindIndexColumn: 'email_lookup',
  },
  {
    table: 'totp_factors',
    column: 'secret',
    idColumn: 'id',
    scopeColumn: 'member_id',
    scope: 'member',
  },
];
