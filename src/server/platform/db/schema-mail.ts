/** E-mail and accounts (migration 0014): single-use account links and mail opt-outs. */

export type AccountLinkPurpose = 'confirm-sign-up' | 'confirm-email-change' | 'reset-password';

export interface AccountLinksTable {
  id: string;
  memberId: string;
  purpose: AccountLinkPurpose;
  /** sha-256 of the token; the token itself is only in the mail. */
  tokenHash: string;
  /** Encrypted (bound to the row); the address waiting for confirmation. */
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface MailOptOutsTable {
  id: string;
  /** Encrypted (bound to the row); null when the outbox no longer knew the address. */
  address: string | null;
  /** Blind index of the recipient's address. */
  addressLookup: string;
  /** A mail kind (templates.ts) the recipient turned off. */
  kind: string;
  createdAt: string;
}
