/**
 * "Where we are": the timeline of everything that happened on the path,
 * newest first, each entry in plain words and linked to where it lives.
 * Setbacks take their place beside everything else; nothing is reset.
 */
import type { Setback, TimelineItem } from '../../api/types';
import { formatDay } from '../../components/days';
import { formatDate } from '../../components/instants';
import type { People } from '../../components/repair/people';
import { SETBACK_KIND_LABELS, SEVERITY_EXPLANATIONS } from '../../components/repair/words';
import { Link } from '../../router/link';

function describeItem(
  item: TimelineItem,
  people: People,
  setbacks: Map<string, Setback>,
): { text: string; href: string | null } {
  const who = people.nameOf(item.memberId);
  const mine = people.isMe(item.memberId);
  const them = mine ? 'you' : 'them';
  const breach = item.breachId ? `/breaches/${item.breachId}` : null;
  const agreement = item.agreementId ? `/agreements/${item.agreementId}` : null;
  switch (item.kind) {
    case 'breach-recorded':
      return { text: `${who} recorded a breach: “${item.label ?? ''}”`, href: breach };
    case 'acknowledgment-written':
      return {
        text: `${who} wrote an acknowledgment`,
        href: breach && `${breach}/acknowledgment`,
      };
    case 'acknowledgment-answered':
      return {
        text: `${who} answered an acknowledgment`,
        href: breach && `${breach}/acknowledgment`,
      };
    case 'impact-statement-written':
      return { text: `${who} wrote how it affected ${them}`, href: breach && `${breach}/apology` };
    case 'apology-written':
      return { text: `${who} wrote an apology`, href: breach && `${breach}/apology` };
    case 'apology-rated':
      return {
        text: `${who} said how understood ${mine ? 'you feel' : 'they feel'}`,
        href: breach && `${breach}/apology`,
      };
    case 'conversation-logged':
      return {
        text: `${who} logged a conversation${item.day ? ` from ${formatDay(item.day)}` : ''}`,
        href: item.conversationId ? `/conversations/${item.conversationId}` : null,
      };
    case 'agreement-proposed':
      return { text: `${who} proposed an agreement`, href: agreement };
    case 'agreement-accepted':
      return { text: 'You both accepted an agreement', href: agreement };
    case 'agreement-retired':
      return { text: 'You both retired an agreement', href: agreement };
    case 'agreement-break-disclosed':
      return {
        text: mine ? 'You said you broke an agreement' : `${who} said they broke an agreement`,
        href: agreement,
      };
    case 'agreement-break-reported':
      return {
        text: mine
          ? 'You said your partner broke an agreement'
          : `${who} said you broke an agreement`,
        href: agreement,
      };
    case 'setback-logged': {
      const setback = item.setbackId ? setbacks.get(item.setbackId) : undefined;
      const kind = setback ? `: ${SETBACK_KIND_LABELS[setback.kind].toLowerCase()}` : '';
      const severity = item.severity
        ? `, ${SEVERITY_EXPLANATIONS[item.severity].label.toLowerCase()} to ${them}`
        : '';
      return { text: `${who} logged a setback${kind}${severity}`, href: '/setbacks' };
    }
    case 'commitment-made':
      return { text: `${who} made a commitment`, href: '/commitments' };
    case 'commitment-paused':
      return { text: `${who} paused a commitment`, href: '/commitments' };
    case 'commitment-resumed':
      return { text: `${who} took up a commitment again`, href: '/commitments' };
    case 'commitment-ended':
      return { text: `${who} ended a commitment`, href: '/commitments' };
    case 'note-appreciated':
      return { text: `${who} said a note meant something to ${them}`, href: '/notes' };
    case 'need-acknowledged':
      return { text: `${who} acknowledged a need`, href: '/needs' };
    case 'forgiveness-statement-shared':
      return { text: `${who} shared a forgiveness statement`, href: '/forgiveness' };
  }
}

export function Timeline({
  items,
  setbacks,
  people,
}: {
  items: TimelineItem[];
  setbacks: Setback[];
  people: People;
}) {
  const byId = new Map(setbacks.map((setback) => [setback.id, setback]));
  return (
    <section class="path-phase" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Your timeline</h2>
      <p class="muted">
        Everything that happened on your path, newest first. Setbacks take their place here beside
        everything else; nothing is wiped and nothing is reset.
      </p>
      {items.length === 0 ? (
        <p>Nothing yet. What you write in this phase will appear here.</p>
      ) : (
        <ol class="timeline">
          {items.map((item) => {
            const { text, href } = describeItem(item, people, byId);
            return (
              <li
                key={item.id}
                class={item.kind === 'setback-logged' ? 'timeline__item--setback' : undefined}
              >
                <time dateTime={item.at}>{formatDate(item.at)}</time>{' '}
                {href ? <Link href={href}>{text}</Link> : text}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
