/** How a conversation and its answers read in a line, in the list and on its own screen. */
import type { Conversation, ConversationRating } from '../../api/types';
import type { People } from '../../components/repair/people';
import { REPAIR_RATING_MAX } from '../../components/repair/words';

export function ratingLine(rating: ConversationRating): string {
  return `felt safe ${rating.feltSafe} of ${REPAIR_RATING_MAX}, felt heard ${rating.feltHeard} of ${REPAIR_RATING_MAX}`;
}

export function startedByLine(conversation: Conversation, people: People): string {
  if (!conversation.startedBy) return 'Started by a former partner';
  return people.isMe(conversation.startedBy)
    ? 'You started it'
    : `${people.nameOf(conversation.startedBy)} started it`;
}
