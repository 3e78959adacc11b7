/**
 * Activity: the space's audit log in plain words, newest first — every
 * therapist read and note, who joined or left, each step of a therapist's
 * invitation, and your own downloads of your data. Both partners see the
 * same list, except that each sees only their own downloads.
 */
import { useEffect, useState } from 'preact/hooks';
import { auditOperations } from '../../contract/operations/audit';
import { call } from '../api/client';
import type { AuditEventItem, MeAnswer } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { formatDay } from '../components/days';
import { FormMessage } from '../components/form-message';
import { formatTime, localDay } from '../components/instants';
import { Page } from '../components/page';
import { Link } from '../router/link';

/** Actions taken by a therapist rather than a partner. */
const THERAPIST_ACTIONS = new Set(['therapist.accepted', 'therapist.read', 'therapist.note']);

function sentence(event: AuditEventItem, me: MeAnswer): string {
  const isMe = event.memberId === me.member.id;
  const therapist = THERAPIST_ACTIONS.has(event.action);
  const who = isMe
    ? 'You'
    : therapist
      ? `Your therapist${event.memberName ? `, ${event.memberName},` : ''}`
      : (event.memberName ?? 'Someone who has since left');
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
    case 'account.deleted':
      return `${who} deleted ${isMe ? 'your' : 'their'} account.`;
    default:
      return `${who}: ${event.action.replace(/[._-]/g, ' ')}.`;
  }
}

function byDay(items: AuditEventItem[]): [string, AuditEventItem[]][] {
  const days = new Map<string, AuditEventItem[]>();
  for (const item of items) {
    const day = localDay(item.createdAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days];
}

export function ActivityPage({ me }: { me: MeAnswer }) {
  const [items, setItems] = useState<AuditEventItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!me.space) return;
    call(auditOperations.listAuditEvents)
      .then(({ items: found }) =>
        setItems([...found].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))),
      )
      .catch((failure: unknown) => setError(formErrorsFrom(failure, {}).general));
  }, [me.space]);

  return (
    <Page title="Activity">
      <p class="lead">
        Who read or changed who is in your space, newest first, and when you downloaded your data.
        You both see this list, except that your partner never sees your downloads, nor you theirs.
        It never shows what anyone wrote.
      </p>
      {!me.space && <p>Activity belongs to a space. You are not in one now.</p>}
      <FormMessage message={error} />
      {me.space && !items && !error && <p aria-busy="true">Opening your activity…</p>}
      {items && items.length === 0 && <p>Nothing here yet.</p>}
      {items &&
        byDay(items).map(([day, events]) => (
          <section key={day} class="day" aria-labelledby={`activity-${day}`}>
            <h2 id={`activity-${day}`} class="day__heading">
              {formatDay(day)}
            </h2>
            <ul class="activity">
              {events.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.createdAt}>{formatTime(event.createdAt)}</time>{' '}
                  {sentence(event, me)}
                </li>
              ))}
            </ul>
          </section>
        ))}
      <p>
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}
