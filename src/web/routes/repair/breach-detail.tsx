/**
 * One breach: what happened, who is who in it, your severity rating (private
 * unless you choose to share it with your partner, as the API and the guide
 * say), the partner's rating when they shared it, and where the
 * acknowledgment and the impact and apology stand, with the way to each.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom, noErrors } from '../../api/form-errors';
import { call } from '../../api/client';
import type { Acknowledgment, Apology, Breach, ImpactStatement, MeAnswer } from '../../api/types';
import { apologyOperations } from '../../../contract/operations/apologies';
import { breachOperations } from '../../../contract/operations/breaches';
import { ChoiceGroup } from '../../components/choice-group';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { answerersOf, roleLine } from '../../components/repair/roles';
import { SeverityChoice } from '../../components/repair/severity-choice';
import { useLoad } from '../../components/repair/use-load';
import {
  BREACH_CATEGORY_LABELS,
  SEVERITY_EXPLANATIONS,
  type SeverityName,
} from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFocusFirstError } from '../../components/use-focus-first-error';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';
import { cameToLightLine } from './breaches';

interface Loaded {
  breach: Breach;
  acknowledgments: Acknowledgment[];
  statements: ImpactStatement[];
  apologies: Apology[];
}

export const latestBy = <T extends { authorId: string; version: number }>(
  items: T[],
  authorId: string,
): T | undefined =>
  items
    .filter((item) => item.authorId === authorId)
    .reduce<T | undefined>(
      (best, item) => (!best || item.version > best.version ? item : best),
      undefined,
    );

export function BreachDetailScreen({ me, breachId }: { me: MeAnswer; breachId: string }) {
  const people = peopleFor(me);
  const loaded = useLoad<Loaded>(async () => {
    const [breach, acknowledgments, statements, apologies] = await Promise.all([
      call(breachOperations.getBreach, { params: { breachId } }),
      call(breachOperations.listAcknowledgments, { params: { breachId } }),
      call(apologyOperations.listImpactStatements, { params: { breachId } }),
      call(apologyOperations.listApologies, { params: { breachId } }),
    ]);
    return {
      breach: breach.breach,
      acknowledgments: acknowledgments.items,
      statements: statements.items,
      apologies: apologies.items,
    };
  }, [breachId]);
  const data = loaded.data;

  if (!data) {
    return (
      <Page title="A breach">
        <RepairNav />
        <LoadState loaded={loaded} busyText="Opening the breach…" />
      </Page>
    );
  }
  const { breach } = data;
  return (
    <Page title={breach.title}>
      <RepairNav />
      <dl class="facts">
        <div>
          <dt>Kind</dt>
          <dd>{BREACH_CATEGORY_LABELS[breach.category]}</dd>
        </div>
        <div>
          <dt>Came to light</dt>
          <dd>{cameToLightLine(breach)}</dd>
        </div>
        <div>
          <dt>Recorded by</dt>
          <dd>{people.nameOf(breach.recordedBy)}</dd>
        </div>
      </dl>
      <p>{roleLine(breach, people)}</p>
      <section class="card" aria-labelledby="what-happened-heading">
        <h2 id="what-happened-heading">What happened</h2>
        <p class="quote">{breach.description}</p>
      </section>
      {breach.can.rateSeverity && <SeverityCard breach={breach} people={people} />}
      <section class="card" aria-labelledby="ack-heading">
        <h2 id="ack-heading">Step 1 · The acknowledgment</h2>
        <p class="muted">
          The partner who broke trust describes what happened in their own words; the hurt partner
          says whether it is accurate.
        </p>
        <ul class="plain-list">
          {breach.brokeTrust.map((author) => (
            <li key={author}>{acknowledgmentLine(data, author, people)}</li>
          ))}
        </ul>
        <Link href={`/breaches/${breach.id}/acknowledgment`} class="button">
          Open the acknowledgment
        </Link>
      </section>
      <section class="card" aria-labelledby="apology-heading">
        <h2 id="apology-heading">Step 3 · Impact and apology</h2>
        <p class="muted">
          The hurt partner writes how it affected them; the partner who broke trust answers with an
          apology; the hurt partner says how understood they feel.
        </p>
        <ul class="plain-list">
          {breach.hurt.map((hurt) => (
            <li key={hurt}>{apologyLine(data, hurt, people)}</li>
          ))}
        </ul>
        <Link href={`/breaches/${breach.id}/apology`} class="button">
          Open impact and apology
        </Link>
      </section>
    </Page>
  );
}

function acknowledgmentLine(data: Loaded, author: string, people: People): string {
  const whose = `${people.possessive(author)} acknowledgment`;
  const latest = latestBy(data.acknowledgments, author);
  if (!latest) {
    return people.isMe(author)
      ? `${whose}: not written yet. Take the time you need.`
      : `${whose}: not written yet. There is no rush.`;
  }
  if (!latest.response) {
    const answerer = answerersOf(data.breach, author)[0] ?? null;
    return people.isMe(answerer)
      ? `${whose}: waiting for your answer.`
      : `${whose}: waiting for ${people.nameOf(answerer)}’s answer.`;
  }
  const by = people.nameOf(latest.response.authorId);
  return latest.response.verdict === 'accurate'
    ? `${whose}: ${by} said it is accurate.`
    : `${whose}: ${by} said something is missing.`;
}

function apologyLine(data: Loaded, hurt: string, people: People): string {
  const hurtName = people.isMe(hurt) ? 'you' : people.nameOf(hurt);
  const statement = latestBy(data.statements, hurt);
  if (!statement) {
    return people.isMe(hurt)
      ? 'Your words on how it affected you: not written yet.'
      : `${people.nameOf(hurt)}’s words on how it affected them: not written yet.`;
  }
  const apologies = data.apologies.filter(
    (apology) => apology.authorId !== hurt && data.breach.brokeTrust.includes(apology.authorId),
  );
  const latest = apologies.reduce<Apology | undefined>(
    (best, item) => (!best || item.version > best.version ? item : best),
    undefined,
  );
  if (!latest) return `An apology to ${hurtName}: not written yet.`;
  if (!latest.rating) return `An apology to ${hurtName}: waiting for an answer.`;
  const feels = people.isMe(hurt) ? 'You said you feel' : `${people.nameOf(hurt)} said they feel`;
  return latest.rating.anotherTry
    ? `An apology to ${hurtName}: ${feels} understood at ${latest.rating.understood} of 7, and asked for another try.`
    : `An apology to ${hurtName}: ${feels} understood at ${latest.rating.understood} of 7.`;
}

type RatingVisibility = 'private' | 'shared';

function SeverityCard({ breach, people }: { breach: Breach; people: People }) {
  const [saved, setSaved] = useState(breach.mySeverity);
  const [severity, setSeverity] = useState<SeverityName | null>(
    breach.mySeverity?.severity ?? null,
  );
  // Private unless its author chooses otherwise, each time it is saved.
  const [visibility, setVisibility] = useState<RatingVisibility>(
    breach.mySeverity?.visibility ?? 'private',
  );
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const partner = people.partnerId ? people.partnerName : null;
  const theirs = breach.partnerSeverity;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!severity) {
      setErrors({ fields: { severity: 'Please choose one of the three.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      const answer = await call(breachOperations.rateBreachSeverity, {
        params: { breachId: breach.id },
        body: { severity, visibility: partner ? visibility : 'private' },
      });
      setSaved(answer.severity);
      announce(
        answer.severity.visibility === 'shared'
          ? `Your rating is saved. ${partner ?? 'Your partner'} can see it.`
          : 'Your rating is saved. Only you can see it.',
      );
    } catch (error) {
      setErrors(formErrorsFrom(error, { severity: 'Your rating' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="severity-heading">
      <h2 id="severity-heading">How serious was it, to you?</h2>
      <p>
        <strong>Your rating is private unless you share it.</strong> Only you see it, unless you
        choose to share it with {partner ?? 'your partner'}. The two of you may see it differently,
        and both ratings are kept.
      </p>
      {saved && (
        <p class="saved-line">
          You rated it {SEVERITY_EXPLANATIONS[saved.severity].label.toLowerCase()}
          {saved.visibility === 'shared'
            ? `, and shared it with ${partner ?? 'your partner'}.`
            : '. Only you can see it.'}{' '}
          You can change it whenever it feels different.
        </p>
      )}
      {theirs && partner && (
        <p class="saved-line">
          {partner} shared their rating with you:{' '}
          {SEVERITY_EXPLANATIONS[theirs.severity].label.toLowerCase()}.
        </p>
      )}
      <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
        <SeverityChoice
          name="severity"
          legend="Your rating"
          value={severity}
          onValue={setSeverity}
          error={errors.fields['severity']}
        />
        {partner && (
          <ChoiceGroup<RatingVisibility>
            name="severity-visibility"
            legend="Who can see your rating?"
            choices={[
              { value: 'private', label: 'Only me' },
              { value: 'shared', label: `Me and ${partner}` },
            ]}
            value={visibility}
            onValue={setVisibility}
          />
        )}
        <FormMessage message={errors.general} />
        <SubmitButton busy={busy} busyLabel="Saving…">
          {saved ? 'Save my new rating' : 'Save my rating'}
        </SubmitButton>
      </form>
      {saved?.severity === 'severe' && (
        <p class="field__hint">
          When something feels this heavy, talking with a therapist can help. You can invite one,
          only with both your consent, from <Link href="/settings/therapist">Settings</Link>.
        </p>
      )}
    </section>
  );
}
