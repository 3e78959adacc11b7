/**
 * Reassurance (step 9): "I could use some reassurance today", once a day, and
 * the partner's answer with an affirmation or a note. A request carries no
 * words: the partner sees only that it was asked. The library of affirmations
 * is here to send at any time, as it is or in one's own words.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import type { MeAnswer, ReassuranceRequest } from '../../api/types';
import { reassuranceOperations } from '../../../contract/operations/reassurance';
import { FormMessage } from '../../components/form-message';
import { formatDay } from '../../components/days';
import { AffirmationForm } from '../../components/kindness/affirmation-form';
import { NoteForm } from '../../components/kindness/note-form';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';
import { useLiveUpdates } from '../../state/live-updates';
import { openRequestOf } from '../../components/kindness/open-request';

export function ReassuranceScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(() => call(reassuranceOperations.listReassurance));
  // A request from the partner, or a note that answered one of ours.
  useLiveUpdates(['reassurance-requested', 'note-sent'], () => loaded.reload());
  const overview = loaded.data;
  const mineToday = overview?.items.find((r) => people.isMe(r.askedBy) && r.day === overview.today);
  const partnerAsked = overview ? openRequestOf(overview.items, people.partnerId) : null;
  const answered = () => {
    void loaded.reload();
  };
  return (
    <Page title="Reassurance">
      <RepairNav />
      <aside class="note-box" aria-labelledby="reassurance-about-heading">
        <h2 id="reassurance-about-heading">Asking is allowed</h2>
        <p>
          Some days doubt comes back. Saying so is part of healing, not a step back. When you ask,{' '}
          {people.partnerName} sees only that you could use some reassurance — none of your words go
          with it — and can answer with a few words of their own or an affirmation.
        </p>
      </aside>
      <LoadState loaded={loaded} busyText="Opening reassurance…" />
      {overview && (
        <>
          {partnerAsked && (
            <section class="card" aria-labelledby="answer-heading">
              <h2 id="answer-heading">{people.partnerName} could use some reassurance</h2>
              <p>
                {people.partnerName} asked on {formatDay(partnerAsked.day)}. Answer with an
                affirmation or in your own words.
              </p>
              <h3>An affirmation</h3>
              <AffirmationForm
                partnerName={people.partnerName}
                answersRequestId={partnerAsked.id}
                onSent={answered}
              />
              <h3>Your own words</h3>
              <NoteForm
                partnerName={people.partnerName}
                answersRequestId={partnerAsked.id}
                onSent={answered}
              />
            </section>
          )}
          <section class="card" aria-labelledby="ask-heading">
            <h2 id="ask-heading">For you</h2>
            <AskForReassurance
              request={mineToday ?? null}
              people={people}
              onAsked={(request) =>
                loaded.set({ ...overview, items: [request, ...overview.items] })
              }
            />
          </section>
          {!partnerAsked && (
            <section class="card" aria-labelledby="affirmation-heading">
              <h2 id="affirmation-heading">Send {people.partnerName} an affirmation</h2>
              <AffirmationForm partnerName={people.partnerName} onSent={answered} />
            </section>
          )}
          <RecentRequests items={overview.items} people={people} />
        </>
      )}
    </Page>
  );
}

function AskForReassurance({
  request,
  people,
  onAsked,
}: {
  request: ReassuranceRequest | null;
  people: People;
  onAsked: (request: ReassuranceRequest) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (request) {
    return request.answerNoteId ? (
      <p>
        You asked today, and {people.partnerName} answered.{' '}
        <Link href={`/notes#note-${request.answerNoteId}`}>Read the answer</Link>
      </p>
    ) : (
      <p>
        You asked today. {people.partnerName} will see it the next time they open Mend. You can ask
        again tomorrow.
      </p>
    );
  }
  const ask = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call(reassuranceOperations.askForReassurance);
      onAsked(answer.request);
      announce(`${people.partnerName} will see that you asked.`);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>If today is a hard day, you can let {people.partnerName} know.</p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void ask()}
        >
          I could use some reassurance today
        </button>
      </div>
      <FormMessage message={error} />
    </>
  );
}

function RecentRequests({ items, people }: { items: ReassuranceRequest[]; people: People }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-requests-heading">
      <h2 id="recent-requests-heading">The last 30 days</h2>
      <ul class="item-list">
        {items.map((request) => (
          <li class="item" key={request.id}>
            {people.nameOf(request.askedBy)} asked on {formatDay(request.day)}
            {request.answerNoteId ? (
              <>
                {' · '}
                <Link href={`/notes#note-${request.answerNoteId}`}>answered</Link>
              </>
            ) : (
              ' · not answered yet'
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
