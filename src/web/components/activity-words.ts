/**
 * One line of the audit log in plain words ("You joined the space."), for the
 * activity screen and the printable summary. Never content: the log has none.
 */

/** Actions taken by a therapist rather than a partner. */
const THERAPIST_ACTIONS = new Set(['therapist.accepted', 'therapist.read', 'therapist.note']);

export interface ActivityEvent {
  action: string;
  subject?: string | null;
}

/** Who took the action: the reader, or someone named (null once they have left). */
export interface ActivityActor {
  isMe: boolean;
  name: string | null;
}

export function activitySentence(event: ActivityEvent, actor: ActivityActor): string {
  const { isMe } = actor;
  const who = isMe
    ? 'You'
    : THERAPIST_ACTIONS.has(event.action)
      ? `Your therapist${actor.name ? `, ${actor.name},` : ''}`
      : (actor.name ?? 'Someone who has since left');
  switch (event.action) {
    case 'space.created':
      return `${who} created the space.`;
    case 'membership.joined':
      return `${who} joined the space.`;
    case 'membership.left':
      return `${who} left the space.`;
    case 'therapist.proposed':
      return `${who} proposed a therapist.`;
    case 'therapist.consented':
      return `${who} agreed to the therapist, who was then e-mailed an invitation.`;
    case 'therapist.declined':
      return `${who} declined the proposed therapist.`;
    case 'therapist.accepted':
      return `${who} accepted the invitation and can now read flagged entries.`;
    case 'therapist.revoked':
      return `${who} ended a therapist’s access.`;
    case 'therapist.read':
      return event.subject === 'notes'
        ? `${who} read their notes to you.`
        : `${who} read the entries flagged for them.`;
    case 'therapist.note':
      return `${who} wrote a note to you both.`;
    case 'data.exported':
      return `${who} downloaded ${isMe ? 'your' : 'their'} data.`;
    case 'summary.viewed':
      return `${who} opened ${isMe ? 'your' : 'their'} printable summary.`;
    case 'forecast.shared':
      return isMe
        ? `${who} let your partner see your forecast.`
        : `${who} let you see their forecast.`;
    case 'forecast.unshared':
      return isMe
        ? `${who} stopped sharing your forecast.`
        : `${who} stopped sharing their forecast.`;
    case 'trust-questionnaire.written':
      return `${who} answered ${isMe ? 'your' : 'their'} monthly trust questionnaire.`;
    case 'trust-questionnaire.sharing':
      return `${who} changed who may read one of ${isMe ? 'your' : 'their'} trust questionnaires.`;
    case 'account.deleted':
      return `${who} deleted ${isMe ? 'your' : 'their'} account.`;
    default:
      return `${who}: ${event.action.replace(/[._-]/g, ' ')}.`;
  }
}
