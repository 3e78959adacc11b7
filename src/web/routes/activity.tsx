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
import { activitySentence } from '../components/activity-words';
import { formatDay } from '../components/days';
import { FormMessage } from '../components/form-message';
import { formatTime, localDay } from '../components/instants';
import { Page } from '../components/page';
import { Link } from '../router/link';

function sentence(event: AuditEventItem, me: MeAnswer): string {
  return activitySentence(event, {
    isMe: event.memberId === me.member.id,
    name: event.memberName,
  });
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
