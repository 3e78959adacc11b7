/** Tables of positive behaviour and reassurance (migration 0008). */
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
