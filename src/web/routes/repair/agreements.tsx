/**
 * Agreements (step 4): the list and proposing one. An agreement is active only
 * once both accepted it: proposing it is the proposer's own yes, and only the
 * other partner can give theirs.
 */
import { call } from '../../api/client';
import type { Agreement, MeAnswer } from '../../api/types';
import { agreementOperations } from '../../../contract/operations/agreements';
import { formatDate } from '../../components/instants';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { TermsForm } from '../../components/repair/agreement-forms';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useHasTherapist } from '../../components/repair/therapist-flag';
import { todayIn } from '../../components/repair/today';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import { navigate } from '../../router/router';
import { announce } from '../../state/announcer';
import { useLiveUpdates } from '../../state/live-updates';

/** The words of an agreement as it stands: the terms in force, or the newest proposed. */
export function termsOf(agreement: Agreement): string {
  if (agreement.active?.text) return agreement.active.text;
  const terms = [...agreement.versions].reverse().find((version) => version.kind === 'terms');
  return terms?.text ?? '';
}

export function statusWords(agreement: Agreement, people: People): string {
  if (agreement.status === 'retired') {
    return agreement.retiredAt
      ? `Retired on ${formatDate(agreement.retiredAt)}, by you both.`
      : 'Retired, by you both.';
  }
  const pending = agreement.pending;
  const waiting = pending
    ? pending.can.accept
      ? ' Something waits for your answer.'
      : people.isMe(pending.authorId)
        ? ` Your proposal waits for ${people.partnerName}’s answer.`
        : ''
    : '';
  if (agreement.status === 'active') {
    return `Active${agreement.activeSince ? ` since ${formatDate(agreement.activeSince)}` : ''}: you both accepted it.${waiting}`;
  }
  return pending ? `Proposed, not active yet.${waiting}` : 'Not agreed yet.';
}

const STATUS_TAGS: Record<Agreement['status'], string> = {
  proposed: 'Proposed',
  active: 'Active',
  retired: 'Retired',
};

export function StatusTag({ agreement }: { agreement: Agreement }) {
  return (
    <span class={`tag tag--agreement-${agreement.status}`}>{STATUS_TAGS[agreement.status]}</span>
  );
}

export function AgreementListScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(agreementOperations.listAgreements)).items);
  useLiveUpdates(['agreement-proposed', 'agreement-answered'], () => loaded.reload());
  const items = loaded.data;
  return (
    <Page title="Agreements">
      <RepairNav />
      <p class="lead">
        Boundaries you both hold. Either of you proposes one; it is active once you have both
        accepted it, and either of you can propose a change.
      </p>
      <div class="actions">
        <Link href="/agreements/new" class="button button--primary">
          Propose an agreement
        </Link>
      </div>
      <LoadState loaded={loaded} busyText="Opening your agreements…" />
      {items && items.length === 0 && <p class="muted">No agreements yet.</p>}
      {items && items.length > 0 && (
        <ul class="item-list">
          {[...items].reverse().map((agreement) => (
            <li key={agreement.id} class="item">
              <p class="item__title">
                <StatusTag agreement={agreement} />
              </p>
              <p class="quote">{termsOf(agreement)}</p>
              <p>{statusWords(agreement, people)}</p>
              <Link href={`/agreements/${agreement.id}`}>
                Open this agreement
                <span class="visually-hidden">: {termsOf(agreement).slice(0, 60)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

export function AgreementNewScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const today = todayIn(me.member.timeZone);
  const hasTherapist = useHasTherapist();
  return (
    <Page title="Propose an agreement">
      <RepairNav />
      <p class="lead">
        A boundary you can both hold, in plain words. It becomes active once{' '}
        {people.partnerId ? people.partnerName : 'your partner'} accepts it too; proposing it counts
        as your own yes.
      </p>
      {!people.partnerId && (
        <p class="note-box">
          Your partner has not joined yet. You can propose it now; it waits for them.
        </p>
      )}
      <TermsForm
        id="agreement-new"
        label="The agreement"
        hint="For example: “We tell each other when we will be home late, before it happens.”"
        today={today}
        submitLabel="Propose it"
        offerTherapist={hasTherapist}
        onSubmit={async (input) => {
          const { agreement } = await call(agreementOperations.proposeAgreement, {
            body: {
              text: input.text,
              ...(input.reviewOn ? { reviewOn: input.reviewOn } : {}),
              therapistMaySee: input.therapistMaySee,
            },
          });
          navigate(`/agreements/${agreement.id}`);
          announce(
            people.partnerId
              ? `Your proposal is shared with ${people.partnerName}.`
              : 'Your proposal is saved. It waits for your partner.',
          );
        }}
      />
    </Page>
  );
}
