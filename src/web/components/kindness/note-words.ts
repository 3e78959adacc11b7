/** How a note, a gesture or an affirmation is named on the screens. */
import type { Note } from '../../../contract/kindness/notes';
import { GESTURE_LABELS } from '../../../contract/kindness/words';

export { GESTURE_KINDS, GESTURE_LABELS } from '../../../contract/kindness/words';
export {
  AFFIRMATION_GROUPS,
  AFFIRMATION_GROUP_LABELS,
  AFFIRMATIONS,
  type Affirmation,
  type AffirmationGroup,
} from '../../../contract/kindness/affirmations';

/** "A note", "A gesture: quality time", "An affirmation". */
export function noteKindWords(note: Pick<Note, 'kind' | 'gestureKind'>): string {
  if (note.kind === 'affirmation') return 'An affirmation';
  if (note.kind === 'gesture' && note.gestureKind)
    return `A gesture: ${GESTURE_LABELS[note.gestureKind].toLowerCase()}`;
  return 'A note';
}
