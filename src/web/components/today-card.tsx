/**
 * Home's card for today's check-in. It asks for today's check-ins only, so
 * once the person has written theirs it stops inviting them to write it and
 * offers to look at it or change it instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkInOperations } from '../../contract/operations/check-ins';
import { call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { Link } from '../router/link';
import { addDays } from './days';

/** Today where the member lives (YYYY-MM-DD); the server's answer says which day is theirs. */
function dayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function TodayCard({ me }: { me: MeAnswer }) {
  // null while asking, or when the question failed: then the card simply invites.
  const [checkedIn, setCheckedIn] = useState<boolean | null>(null);
  const memberId = me.member.id;
  const timeZone = me.member.timeZone;

  useEffect(() => {
    let current = true;
    // A day either side, in case this device's clock and the server's disagree at midnight.
    const around = dayIn(timeZone);
    call(checkInOperations.listCheckIns, {
      query: { from: addDays(around, -1), to: addDays(around, 1) },
    })
      .then(({ items, today }) => {
        if (current) setCheckedIn(items.some((i) => i.memberId === memberId && i.day === today));
      })
      .catch(() => {
        if (current) setCheckedIn(null);
      });
    return () => {
      current = false;
    };
  }, [memberId, timeZone]);

  return (
    <section class="card" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {checkedIn ? (
        <p>You have checked in today. You can read it again or change it until the day is over.</p>
      ) : (
        <p>A few quiet questions about how today felt. Every one of them may be skipped.</p>
      )}
      <div class="actions">
        <Link href="/check-in" class={checkedIn ? 'button' : 'button button--primary'}>
          {checkedIn ? 'See today’s check-in' : 'Write today’s check-in'}
        </Link>
        <Link href="/history" class="button">
          See your history
        </Link>
      </div>
    </section>
  );
}
