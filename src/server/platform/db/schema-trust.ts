/** Trust measures (migration 0012): the monthly trust questionnaire. */
import type { Flag } from './schema.js';

export interface TrustQuestionnairesTable {
  id: string;
  spaceId: string;
  authorId: string;
  /** `YYYY-MM` in the author's time zone; one row per (space, author, month). */
  month: string;
  /** The author's local day it was last written on. */
  day: string;
  /** Encrypted: the answers as a JSON array, in item order. */
  answers: string;
  visibility: 'private' | 'shared';
  therapistVisible: Flag;
  createdAt: string;
  updatedAt: string;
}
