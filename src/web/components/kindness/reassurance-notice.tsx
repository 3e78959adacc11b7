/**
 * "Sam could use some reassurance today": shown at the top of every screen
 * the next time the partner opens Mend, until they answer or the day passes.
 * It says only that it was asked — a request has no words — and links to the
 * screen where an affirmation or a note answers it. A failed check stays
 * silent: this is a kindness, never an error on someone else's screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { MeAnswer } from '../../api/types';
import { reassuranceOperations } from '../../../contract/operations/reassurance';
import { Link } from '../../router/link';
import { openRequestOf } from './open-request';
import { useLiveUpdates } from '../../state/live-updates';

export function ReassuranceNotice({ me }: { me: MeAnswer }) {
  const partner = me.space?.partner ?? null;
  const [asked, setAsked] = useState(false);
  // Bumped when the partner asks while this screen is open.
  const [requests, setRequests] = useState(0);
  useLiveUpdates(['reassurance-requested'], () => setRequests((n) => n + 1));
  useEffect(() => {
    if (!partner) return;
    let open = true;
    call(reassuranceOperations.listReassurance)
      .then(({ items }) => {
        if (open) setAsked(openRequestOf(items, partner.id) !== null);
      })
      .catch(() => undefined);
    return () => {
      open = false;
    };
  }, [partner?.id, requests]);
  if (!partner || !asked) return null;
  return (
    <aside class="note-box notice" aria-label="From your partner">
      <p>
        {partner.displayName} could use some reassurance today.{' '}
        <Link href="/reassurance">Answer with a few words or an affirmation</Link>
      </p>
    </aside>
  );
}
