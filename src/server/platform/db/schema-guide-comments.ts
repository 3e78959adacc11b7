/** Tables of the guide's comments and their moderation (migration 0016). */

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
}

export interface GuideClosedArticlesTable {
  articleSlug: string;
  closedAt: string;
}
