/**
 * Today's check-in: five 1–7 ratings, effort 1–5, "we talked openly today",
 * and a note that is private unless the writer shares it. Every answer may be
 * skipped; saving again the same day updates the same check-in. Offline, the
 * check-in waits in memory and is sent when the device is back online.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkInOperations } from '../../contract/operations/check-ins';
import { therapistOperations } from '../../contract/operations/therapist';
import { call } from '../api/client';
import type { CheckIn, MeAnswer } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { CheckInForm, answersFrom, withWaiting } from '../components/check-in-form';
import { Page } from '../components/page';
import { waitingCheckIn, waitingCount } from '../offline/check-in-queue';
import { useStore } from '../state/store';
import { Link } from '../router/link';

type Loaded = { today: string; existing: CheckIn | null; asksPerceivedTrust: boolean };

/** A therapist who can see, or is about to: then "therapist may see" means something. */
async function hasTherapist(): Promise<boolean> {
  try {
    const { items } = await call(therapistOperations.listTherapistGrants);
    return items.some((grant) => grant.status === 'active' || grant.status === 'invited');
  } catch {
    return false;
  }
}

export function CheckInPage({ me }: { me: MeAnswer }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The form does not wait for this: the choice appears once it is known.
  const [therapist, setTherapist] = useState(false);
  const hasSpace = me.space !== null;
  // Re-read what waits when the queue changes (kept offline, then sent).
  useStore(waitingCount);

  useEffect(() => {
    if (!hasSpace) return;
    void hasTherapist().then(setTherapist);
  }, [hasSpace]);

  useEffect(() => {
    if (!hasSpace) return;
    call(checkInOperations.listCheckIns)
      .then(({ items, today, asksPerceivedTrust }) => {
        const existing = items.find((i) => i.memberId === me.member.id && i.day === today);
        setLoaded({ today, existing: existing ?? null, asksPerceivedTrust });
      })
      .catch((error: unknown) => setLoadError(formErrorsFrom(error, {}).general));
  }, [hasSpace, me.member.id]);

  if (!hasSpace) {
    return (
      <Page title="Today’s check-in">
        <p>
          Check-ins live in your space. <Link href="/">Create your space</Link> first; you can use
          it on your own until your partner joins.
        </p>
      </Page>
    );
  }

  return (
    <Page title="Today’s check-in">
      <RevealExplanation />
      {loadError && (
        <p class="form-message" role="alert">
          {loadError}
        </p>
      )}
      {loaded && waitingCheckIn(loaded.today) && (
        <p class="note-box">
          Changes you saved while offline are shown below. They will be sent when you are back
          online.
        </p>
      )}
      {loaded ? (
        <CheckInForm
          day={loaded.today}
          initial={withWaiting(answersFrom(loaded.existing), waitingCheckIn(loaded.today))}
          alreadySaved={loaded.existing !== null}
          offerTherapist={therapist}
          asksPerceivedTrust={loaded.asksPerceivedTrust}
        />
      ) : (
        !loadError && <p aria-busy="true">Opening your check-in…</p>
      )}
    </Page>
  );
}

function RevealExplanation() {
  return (
    <aside class="note-box" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">Answer privately, then see each other’s</h2>
      <p>
        Your partner’s answers for a day appear once you have checked in that day, or once the day
        is over. Yours appear to them in the same way, so neither of you is swayed by the other. A
        note kept to yourself is never shown to your partner.
      </p>
    </aside>
  );
}
