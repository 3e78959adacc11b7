/**
 * One agreement: the terms in force, what waits for an answer (accepting is
 * the other partner's — the screen offers what the server says is allowed),
 * proposing a change or asking to retire it, telling of a break ("I broke
 * this agreement" apart from reporting the partner), and every version.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom } from '../../api/form-errors';
import { call } from '../../api/client';
import type { Agreement, AgreementVersion, MeAnswer } from '../../api/types';
import { agreementOperations } from '../../../contract/operations/agreements';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { BreakForm, TermsForm } from '../../components/repair/agreement-forms';
import { focusSoon } from '../../components/repair/focus';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { TextForm } from '../../components/repair/text-form';
import { useHasTherapist } from '../../components/repair/therapist-flag';
import { todayIn } from '../../components/repair/today';
import { useLoad } from '../../components/repair/use-load';
import { TEXT_LIMITS } from '../../components/repair/words';
import { announce } from '../../state/announcer';
import { StatusTag, statusWords } from './agreements';
import { breakLine, VersionItem } from './agreement-version';
import { DeclineForm, EditProposal } from './agreement-answer-forms';
import { useLiveUpdates } from '../../state/live-updates';

type Opened = 'change' | 'retire' | 'disclose' | 'report' | 'edit' | 'decline' | null;

export function AgreementDetailScreen({ me, agreementId }: { me: MeAnswer; agreementId: string }) {
  const people = peopleFor(me);
  const today = todayIn(me.member.timeZone);
  const hasTherapist = useHasTherapist();
  const loaded = useLoad(
    async () =>
      (await call(agreementOperations.getAgreement, { params: { agreementId } })).agreement,
    [agreementId],
  );
  useLiveUpdates(['agreement-proposed', 'agreement-answered'], (event) =>
    event.id === agreementId ? loaded.reload() : undefined,
  );
  const [opened, setOpened] = useState<Opened>(null);
  const [error, setError] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);
  const agreement = loaded.data;

  if (!agreement) {
    return (
      <Page title="An agreement">
        <RepairNav />
        <LoadState loaded={loaded} busyText="Opening the agreement…" />
      </Page>
    );
  }

  const done = (next: Agreement, message: string) => {
    loaded.set(next);
    setOpened(null);
    announce(message);
    focusSoon('agreement-status');
  };
  const pending = agreement.pending;
  const partner = people.partnerName;

  const accept = async (version: AgreementVersion) => {
    if (accepting) return;
    setAccepting(true);
    setError(null);
    try {
      const { agreement: next } = await call(agreementOperations.acceptAgreementVersion, {
        params: { versionId: version.id },
      });
      done(
        next,
        version.kind === 'retire'
          ? 'You accepted. The agreement is retired.'
          : 'You accepted. The agreement is active for you both.',
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setAccepting(false);
    }
  };

  return (
    <Page title="An agreement">
      <RepairNav />
      <p class="item__title">
        <StatusTag agreement={agreement} />
      </p>
      <p id="agreement-status" tabIndex={-1}>
        {statusWords(agreement, people)}
      </p>
      <FormMessage message={error} />

      {agreement.active && (
        <section class="card" aria-labelledby="in-force-heading">
          <h2 id="in-force-heading">What you both agreed</h2>
          <p class="quote">{agreement.active.text}</p>
          {agreement.active.reviewOn && (
            <p class="field__hint">
              To look at again together on {formatDay(agreement.active.reviewOn)}.
            </p>
          )}
        </section>
      )}

      {pending && (
        <section class="card card--highlight" aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {pending.kind === 'retire'
              ? `${people.nameOf(pending.authorId)} asked to retire it`
              : agreement.active
                ? `${people.nameOf(pending.authorId)} proposed a change`
                : `${people.nameOf(pending.authorId)} proposed this agreement`}
          </h2>
          {pending.kind === 'terms' ? (
            <p class="quote">{pending.text}</p>
          ) : (
            pending.text && <p class="quote">{pending.text}</p>
          )}
          {pending.kind === 'terms' && pending.reviewOn && (
            <p class="field__hint">To look at again together on {formatDay(pending.reviewOn)}.</p>
          )}
          {people.isMe(pending.authorId) && (
            <p>
              It waits for {partner}’s answer. Proposing it counts as your own yes; only {partner}{' '}
              can give theirs.
              {pending.kind === 'terms' && agreement.active
                ? ' Until then, what you agreed before stays in force.'
                : ''}
            </p>
          )}
          {pending.can.accept && opened !== 'decline' && (
            <div class="actions">
              <button
                type="button"
                class="button button--primary"
                aria-disabled={accepting ? 'true' : undefined}
                onClick={() => void accept(pending)}
              >
                {accepting
                  ? 'Accepting…'
                  : pending.kind === 'retire'
                    ? 'Accept retiring it'
                    : 'Accept'}
              </button>
              {pending.can.decline && (
                <button type="button" class="button" onClick={() => setOpened('decline')}>
                  Not like this…
                </button>
              )}
            </div>
          )}
          {opened === 'decline' && (
            <DeclineForm
              version={pending}
              onCancel={() => setOpened(null)}
              onDone={(next) => done(next, `Your answer is shared with ${partner}.`)}
            />
          )}
          {pending.can.edit && opened !== 'edit' && (
            <button type="button" class="button" onClick={() => setOpened('edit')}>
              Correct your proposal
            </button>
          )}
          {pending.can.edit && opened === 'edit' && (
            <EditProposal
              version={pending}
              today={today}
              onCancel={() => setOpened(null)}
              onDone={(next) => done(next, 'Your correction is saved.')}
            />
          )}
        </section>
      )}

      {(agreement.can.proposeChange || agreement.can.proposeRetirement) && (
        <section class="card" aria-labelledby="change-heading">
          {agreement.active ? (
            <>
              <h2 id="change-heading">Renegotiate</h2>
              <p class="muted">
                A change is a new version that needs you both again; until it is accepted, what you
                agreed stays in force. Retiring it needs you both too.
              </p>
            </>
          ) : (
            <>
              <h2 id="change-heading">Other wording</h2>
              <p class="muted">
                Nothing is agreed yet. Other wording is a new proposal, and it needs you both.
              </p>
            </>
          )}
          {opened === 'change' ? (
            <TermsForm
              id="agreement-change"
              label="The new wording"
              initialText={
                pending?.kind === 'terms' ? (pending.text ?? '') : (agreement.active?.text ?? '')
              }
              initialReviewOn={agreement.active?.reviewOn ?? null}
              today={today}
              submitLabel={agreement.active ? 'Propose the change' : 'Propose this wording'}
              offerTherapist={hasTherapist}
              onCancel={() => setOpened(null)}
              onSubmit={async (input) => {
                const { agreement: next } = await call(agreementOperations.proposeAgreementChange, {
                  params: { agreementId: agreement.id },
                  body: {
                    text: input.text,
                    ...(input.reviewOn ? { reviewOn: input.reviewOn } : {}),
                    therapistMaySee: input.therapistMaySee,
                  },
                });
                done(next, `Your change is shared with ${partner}.`);
              }}
            />
          ) : opened === 'retire' ? (
            <TextForm
              id="agreement-retire"
              label="Why you would like to retire it (optional)"
              max={TEXT_LIMITS.comment}
              rows={3}
              submitLabel="Ask to retire it"
              busyLabel="Sending…"
              emptyMessage=""
              allowEmpty
              onCancel={() => setOpened(null)}
              onSubmit={async (reason, therapistMaySee) => {
                const { agreement: next } = await call(
                  agreementOperations.proposeAgreementRetirement,
                  {
                    params: { agreementId: agreement.id },
                    body: { reason, therapistMaySee },
                  },
                );
                done(next, `Your request is shared with ${partner}.`);
              }}
            />
          ) : (
            <div class="actions">
              {agreement.can.proposeChange && (
                <button type="button" class="button" onClick={() => setOpened('change')}>
                  {agreement.active ? 'Propose a change' : 'Propose other wording'}
                </button>
              )}
              {agreement.can.proposeRetirement && (
                <button type="button" class="button" onClick={() => setOpened('retire')}>
                  Ask to retire it
                </button>
              )}
            </div>
          )}
        </section>
      )}

      {(agreement.can.discloseBreak ||
        agreement.can.reportBreak ||
        agreement.breaks.length > 0) && (
        <section class="card" aria-labelledby="breaks-heading">
          <h2 id="breaks-heading">If it was broken</h2>
          <p class="muted">
            Saying it is part of repair, and nothing is reset. Telling it yourself is a disclosure;
            it is kept apart from a report by your partner.
          </p>
          {opened === 'disclose' && (
            <>
              <h3>I broke this agreement</h3>
              <BreakForm
                id="disclose"
                today={today}
                noteLabel="What happened, if you would like to say"
                submitLabel="Tell it myself"
                offerTherapist={hasTherapist}
                onCancel={() => setOpened(null)}
                onSubmit={async ({ day, note, therapistMaySee }) => {
                  const { break: told } = await call(agreementOperations.discloseAgreementBreak, {
                    params: { agreementId: agreement.id },
                    body: { day, note, therapistMaySee },
                  });
                  done(
                    { ...agreement, breaks: [...agreement.breaks, told] },
                    `Thank you for telling it. ${partner} can see your disclosure.`,
                  );
                }}
              />
            </>
          )}
          {opened === 'report' && (
            <>
              <h3>{partner} broke this agreement</h3>
              <BreakForm
                id="report"
                today={today}
                noteLabel="What happened, if you would like to say"
                submitLabel="Report it"
                offerTherapist={hasTherapist}
                onCancel={() => setOpened(null)}
                onSubmit={async ({ day, note, therapistMaySee }) => {
                  const { break: told } = await call(agreementOperations.reportAgreementBreak, {
                    params: { agreementId: agreement.id },
                    body: { day, note, therapistMaySee },
                  });
                  done(
                    { ...agreement, breaks: [...agreement.breaks, told] },
                    `Your report is shared with ${partner}.`,
                  );
                }}
              />
            </>
          )}
          {opened !== 'disclose' && opened !== 'report' && (
            <div class="actions">
              {agreement.can.discloseBreak && (
                <button type="button" class="button" onClick={() => setOpened('disclose')}>
                  I broke this agreement
                </button>
              )}
              {agreement.can.reportBreak && (
                <button type="button" class="button" onClick={() => setOpened('report')}>
                  {partner} broke it
                </button>
              )}
            </div>
          )}
          {agreement.breaks.length > 0 && (
            <ul class="plain-list">
              {[...agreement.breaks].reverse().map((told) => (
                <li key={told.id}>
                  {breakLine(told, people)}
                  {told.note && <p class="quote">{told.note}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Every version</h2>
        <ol class="versions">
          {agreement.versions.map((version) => (
            <li key={version.id}>
              <VersionItem version={version} people={people} />
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
