/**
 * Home's card for today's check-in. It asks for today's check-ins only, so
 * once the person has written theirs it stops inviting them to write it and
 * offers to look at it or change it instead. When the partner's answers for
 * today can be read (the server reveals them only then), it says so — and
 * asks again when the partner's check-in is revealed live.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkInOperations } from '../../contract/operations/check-ins';
import { call } from '../api/client';
import type { MeAnswer } from '../api/types';
import { Link } from '../router/link';
import { useLiveUpdates } from '../state/live-updates';
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
  const [partnerCheckedIn, setPartnerCheckedIn] = useState(false);
  // Bumped by a live event: the partner's check-in for a day became readable.
  const [revealed, setRevealed] = useState(0);
  useLiveUpdates(['check-in-revealed'], () => setRevealed((n) => n + 1));
  const memberId = me.member.id;
  const timeZone = me.member.timeZone;
  const partner = me.space?.partner ?? null;

  useEffect(() => {
    let current = true;
    // A day either side, in case this device's clock and the server's disagree at midnight.
    const around = dayIn(timeZone);
    call(checkInOperations.listCheckIns, {
      query: { from: addDays(around, -1), to: addDays(around, 1) },
    })
      .then(({ items, today }) => {
        if (!current) return;
        setCheckedIn(items.some((i) => i.memberId === memberId && i.day === today));
        setPartnerCheckedIn(items.some((i) => i.memberId === partner?.id && i.day === today));
      })
      .catch(() => {
        if (current) setCheckedIn(null);
      });
    return () => {
      current = false;
    };
  }, [memberId, timeZone, partner?.id, revealed]);

  return (
    <section class="card" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {checkedIn ? (
        <p>You have checked in today. You can read it again or change it until the day is over.</p>
      ) : (
        <p>A few quiet questions about how today felt. Every one of them may be skipped.</p>
      )}
      {partner && partnerCheckedIn && (
        <p>{partner.displayName} has checked in today too. Their answers are in your history.</p>
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
