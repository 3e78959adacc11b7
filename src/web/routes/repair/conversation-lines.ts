/** How a conversation and its answers read in a line, in the list and on its own screen. */
import type { Conversation, ConversationRating } from '../../api/types';
import type { People } from '../../components/repair/people';

export function ratingLine(rating: ConversationRating): string {
  return `felt safe ${rating.feltSafe} of 7, felt heard ${rating.feltHeard} of 7`;
}

export function startedByLine(conversation: Conversation, people: People): string {
  if (!conversation.startedBy) return 'Started by a former partner';
  return people.isMe(conversation.startedBy)
    ? 'You started it'
    : `${people.nameOf(conversation.startedBy)} started it`;
}
