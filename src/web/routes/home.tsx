/**
 * Home: where the person stands, one stage at a time. First the private
 * safety check, then creating the space, then inviting the partner (Mend works
 * alone meanwhile), then who the space is shared with. Today's check-in is
 * always one tap away once there is a space. Notices about the account come
 * first; a therapist's latest note and, for therapists, their couples follow.
 */
import { useEffect } from 'preact/hooks';
import type { MeAnswer, SafetyStatus } from '../api/types';
import { FormMessage } from '../components/form-message';
import { InviteCard } from '../components/invite-card';
import { DueReminders } from '../components/due-reminders';
import { Notices } from '../components/notices';
import { Page } from '../components/page';
import { PathCard } from '../components/repair/path-card';
import {
  CreateSpaceCard,
  InvitePausedCard,
  SafetyFirstCard,
  TogetherCard,
} from '../components/space-cards';
import { TodayCard } from '../components/today-card';
import { CouplesYouSupport, LatestTherapistNote } from '../components/therapist-cards';
import { useSafetyStatus, type SafetyStatusState } from '../components/use-safety-status';
import { Link } from '../router/link';
import { inviteLink } from '../state/invite-link';
import { refreshSession } from '../state/session';

/** Answered, and if it raised concern, a choice made either way. */
const safetyDone = (status: SafetyStatus) =>
  status.completed && (!status.concern || status.choice !== null);

function SpaceCard({ me, safety }: { me: MeAnswer; safety: SafetyStatusState }) {
  const partner = me.space?.partner ?? null;
  if (partner) return <TogetherCard partner={partner} />;
  if (safety.error) return <FormMessage message={safety.error} />;
  if (!safety.status) return <p aria-busy="true">Opening your space…</p>;
  if (!safetyDone(safety.status)) return <SafetyFirstCard />;
  if (me.space === null) return <CreateSpaceCard />;
  if (!safety.status.jointFeatures) return <InvitePausedCard />;
  return <InviteCard invitePending={me.space.invitePending} />;
}

export function HomePage({ me }: { me: MeAnswer }) {
  // The partner may have joined or left since we last asked.
  useEffect(() => {
    void refreshSession();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshSession();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const partner = me.space?.partner ?? null;
  // Only needed before the partner is here: creating and inviting wait for it.
  const safety = useSafetyStatus(partner === null && !me.operator);
  useEffect(() => {
    if (partner) inviteLink.set(null);
  }, [partner]);

  if (me.operator) return <OperatorHome me={me} />;

  return (
    <Page title="Home" heading={`Hello, ${me.member.displayName}`}>
      <Notices />
      <DueReminders />
      <CouplesYouSupport />
      <SpaceCard me={me} safety={safety} />
      {me.space !== null && <TodayCard me={me} />}
      {me.space !== null && <PathCard />}
      {partner && <LatestTherapistNote />}
    </Page>
  );
}

/** An operator has no space (docs/decisions/048): their home is the moderation queue. */
function OperatorHome({ me }: { me: MeAnswer }) {
  return (
    <Page title="Home" heading={`Hello, ${me.member.displayName}`}>
      <section class="card" aria-labelledby="moderation-heading">
        <h2 id="moderation-heading">The guide’s comments</h2>
        <p>
          This account moderates the comments under the public guide. It has no space and sees no
          couple’s data.
        </p>
        <p>
          <Link class="button" href="/moderation">
            Open the moderation queue
          </Link>
        </p>
        <p>
          <a href="/guide">Read the guide</a>
        </p>
      </section>
    </Page>
  );
}
