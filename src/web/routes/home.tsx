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
  const safety = useSafetyStatus(partner === null);
  useEffect(() => {
    if (partner) inviteLink.set(null);
  }, [partner]);

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
