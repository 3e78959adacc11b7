/**
 * Who may read an entry — the one rule every feature uses (DESIGN.md §2).
 *
 * - `private`: its author only. Not the partner, not a therapist.
 * - `shared`: both partners. A therapist only when the entry is also flagged
 *   "therapist may see" (off unless the author turns it on).
 *
 * Queries apply the same rule in SQL through `platform/db/visibility.ts`;
 * this is the in-memory twin, and the two are tested against each other.
 */

export type Visibility = 'private' | 'shared';

export interface EntryVisibility {
  authorId: string;
  visibility: Visibility;
  therapistMaySee: boolean;
}

export type Reader =
  { role: 'partner'; memberId: string } | { role: 'therapist'; memberId: string };

export function canRead(entry: EntryVisibility, reader: Reader): boolean {
  switch (reader.role) {
    case 'partner':
      return entry.authorId === reader.memberId || entry.visibility === 'shared';
    case 'therapist':
      return entry.visibility === 'shared' && entry.therapistMaySee;
  }
}
