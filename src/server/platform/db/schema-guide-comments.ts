/** Tables of the guide's comments, their moderation (migration 0016) and its subscription (0017). */

import type { Generated } from 'kysely';

export type CommentStatus = 'held' | 'published' | 'spam' | 'rejected' | 'deleted';

export interface GuideCommentsTable {
  id: string;
  articleSlug: string;
  parentId: string | null;
  name: string;
  website: string | null;
  body: string;
  /** Encrypted, bound to the row and the table; null after a deletion kept for its replies. */
  email: string | null;
  /** The address's blind index. */
  emailLookup: string | null;
  status: CommentStatus;
  /** Why a comment was held as spam ("honeypot", "links"), for the operator. */
  reason: string | null;
  deleteTokenHash: string | null;
  createdAt: string;
  moderatedAt: string | null;
  /** Whether the writer hears of replies by e-mail: 'pending' until the mailed link is followed. */
  notify: Generated<ReplyNotify>;
  notifyTokenHash: string | null;
  /** Set once the notices about this reply were queued (a reply approved twice mails once). */
  repliesNoticedAt: string | null;
}

export type ReplyNotify = 'off' | 'pending' | 'on';

export interface GuideClosedArticlesTable {
  articleSlug: string;
  closedAt: string;
}

export interface GuideSubscribersTable {
  id: string;
  /** Encrypted, bound to the row and the table. */
  email: string;
  emailLookup: string;
  status: 'pending' | 'confirmed';
  confirmTokenHash: string | null;
  confirmExpiresAt: string | null;
  /** When the last confirmation mail was queued. */
  sentAt: string;
  createdAt: string;
  confirmedAt: string | null;
}

export interface GuideAnnouncementsTable {
  articleSlug: string;
  announcedAt: string;
  recipients: Generated<number>;
}
