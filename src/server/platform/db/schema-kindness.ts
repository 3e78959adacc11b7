/** Tables of positive behaviour and reassurance (migrations 0008 and 0010). */
import type { Flag } from './schema.js';

export interface NotesTable {
  id: string;
  spaceId: string;
  authorId: string;
  kind: 'note' | 'gesture' | 'affirmation';
  gestureKind: 'affection' | 'quality-time' | 'help' | 'being-available' | 'other' | null;
  /** Encrypted. */
  text: string | null;
  /** The affirmation phrase it started from, if any. */
  phraseId: string | null;
  appreciatedAt: string | null;
  appreciatedBy: string | null;
  /** Notes are shared by nature: always 'shared'. */
  visibility: 'private' | 'shared';
  therapistVisible: Flag;
  createdAt: string;
}

/** "I could use some reassurance today": no words, one per member and day. */
export interface ReassuranceRequestsTable {
  id: string;
  spaceId: string;
  authorId: string;
  /** The asker's calendar day. */
  day: string;
  answeredAt: string | null;
  answeredBy: string | null;
  /** The note or affirmation that answered it. */
  answerNoteId: string | null;
  /** Shared by nature: always 'shared'. */
  visibility: 'private' | 'shared';
  therapistVisible: Flag;
  createdAt: string;
}
