/**
 * Setbacks: a new breach, a broken agreement, a discovery, a hard day. Logged,
 * never hidden; they delete nothing and reset nothing, and they take their
 * place on the timeline of "Where we are". A setback may name the breach or
 * the agreement it concerns, chosen from the couple's own.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Agreement, Breach, MeAnswer, Setback } from '../../api/types';
import { agreementOperations } from '../../../contract/operations/agreements';
import { breachOperations } from '../../../contract/operations/breaches';
import { setbackOperations } from '../../../contract/operations/setbacks';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { DayField } from '../../components/repair/day-field';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { SeverityChoice } from '../../components/repair/severity-choice';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { todayIn } from '../../components/repair/today';
import { useLoad } from '../../components/repair/use-load';
import {
  SETBACK_KINDS,
  SETBACK_KIND_LABELS,
  SEVERITY_EXPLANATIONS,
  TEXT_LIMITS,
  type SetbackKindName,
  type SeverityName,
} from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';

export function SetbacksScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(setbackOperations.listSetbacks)).items);
  const items = loaded.data;
  // What a setback can concern; the form works without them while they load.
  const concerns = useLoad<Concerns>(async () => {
    const [breaches, agreements] = await Promise.all([
      call(breachOperations.listBreaches),
      call(agreementOperations.listAgreements),
    ]);
    return { breaches: breaches.items, agreements: agreements.items };
  });
  return (
    <Page title="Setbacks">
      <RepairNav />
      <aside class="note-box" aria-labelledby="setbacks-about-heading">
        <h2 id="setbacks-about-heading">Setbacks are part of the path</h2>
        <p>
          Logging one deletes nothing and resets nothing. Every step you reached and everything you
          wrote stays. The setback takes its place on your <Link href="/path">timeline</Link>,
          beside everything else.
        </p>
      </aside>
      <section class="card" aria-labelledby="log-setback-heading">
        <h2 id="log-setback-heading">Log a setback</h2>
        <SetbackForm
          today={todayIn(me.member.timeZone)}
          concerns={concerns.data}
          onLogged={(setback) => loaded.set([setback, ...(items ?? [])])}
        />
      </section>
      <section aria-labelledby="setback-list-heading">
        <h2 id="setback-list-heading">Logged so far</h2>
        <LoadState loaded={loaded} busyText="Opening your setbacks…" />
        {items && items.length === 0 && <p class="muted">None logged.</p>}
        {items && items.length > 0 && (
          <ul class="item-list">
            {items.map((setback) => (
              <SetbackItem
                key={setback.id}
                setback={setback}
                people={people}
                concerns={concerns.data}
              />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

interface Concerns {
  breaches: Breach[];
  agreements: Agreement[];
}

/** An agreement named by its words: the terms in force, else the proposal, shortened. */
function agreementName(agreement: Agreement): string {
  const text =
    agreement.active?.text ??
    agreement.pending?.text ??
    agreement.versions.find((v) => v.text)?.text ??
    'An agreement';
  return text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
}

function SetbackItem({
  setback,
  people,
  concerns,
}: {
  setback: Setback;
  people: People;
  concerns: Concerns | null;
}) {
  const breach = concerns?.breaches.find((b) => b.id === setback.breachId);
  const agreement = concerns?.agreements.find((a) => a.id === setback.agreementId);
  const mine = people.isMe(setback.loggedBy);
  return (
    <li class="item">
      <h3 class="item__title">{SETBACK_KIND_LABELS[setback.kind]}</h3>
      <p class="field__hint">
        {formatDay(setback.day)} · logged by {people.mention(setback.loggedBy)} ·{' '}
        {SEVERITY_EXPLANATIONS[setback.severity].label.toLowerCase()} to {mine ? 'you' : 'them'}
      </p>
      {setback.note && <p class="quote">{setback.note}</p>}
      {setback.breachId && (
        <p>
          <Link href={`/breaches/${setback.breachId}`}>
            {breach ? `The breach it concerns: ${breach.title}` : 'The breach it concerns'}
          </Link>
        </p>
      )}
      {setback.agreementId && (
        <p>
          <Link href={`/agreements/${setback.agreementId}`}>
            {agreement
              ? `The agreement it concerns: ${agreementName(agreement)}`
              : 'The agreement it concerns'}
          </Link>
        </p>
      )}
    </li>
  );
}

function SetbackForm({
  today,
  concerns,
  onLogged,
}: {
  today: string;
  concerns: Concerns | null;
  onLogged: (setback: Setback) => void;
}) {
  const hasTherapist = useHasTherapist();
  const [kind, setKind] = useState<SetbackKindName | null>(null);
  const [severity, setSeverity] = useState<SeverityName | null>(null);
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [breachId, setBreachId] = useState('');
  const [agreementId, setAgreementId] = useState('');
  const [therapist, setTherapist] = useState(false);
  const [logged, setLogged] = useState<SetbackKindName | null>(null);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: {
      kind: 'The kind of setback',
      severity: 'How serious it feels',
      day: 'The day',
      note: 'The note',
      breachId: 'The breach',
      agreementId: 'The agreement',
    },
    check: () => {
      const fields: Record<string, string> = {};
      if (!kind) fields['kind'] = 'Please choose what kind of setback it was.';
      if (!severity) fields['severity'] = 'Please say how serious it feels to you.';
      if (!day) fields['day'] = 'Please give the day it happened.';
      return fields;
    },
    send: async () => {
      const { setback } = await call(setbackOperations.logSetback, {
        body: {
          kind: kind!,
          severity: severity!,
          day,
          note,
          ...(breachId ? { breachId } : {}),
          ...(agreementId ? { agreementId } : {}),
          therapistMaySee: therapist,
        },
      });
      onLogged(setback);
      setLogged(setback.kind);
      setKind(null);
      setSeverity(null);
      setDay(today);
      setNote('');
      setBreachId('');
      setAgreementId('');
      setTherapist(false);
      announce('The setback is logged. Nothing was reset.');
    },
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      {logged === 'new-breach' && (
        <p class="saved-line">
          If you would like to work through it step by step, you can also{' '}
          <Link href="/breaches/new">record it as a breach</Link>.
        </p>
      )}
      <ChoiceGroup<SetbackKindName | null>
        name="kind"
        legend="What happened?"
        choices={SETBACK_KINDS.map((value) => ({ value, label: SETBACK_KIND_LABELS[value] }))}
        value={kind}
        onValue={setKind}
        error={errors.fields['kind']}
      />
      <SeverityChoice
        name="severity"
        legend="How serious does it feel to you?"
        value={severity}
        onValue={setSeverity}
        explained={false}
        error={errors.fields['severity']}
      />
      <DayField
        id="setback-day"
        label="When it happened"
        value={day}
        onValue={setDay}
        max={today}
        required
        error={errors.fields['day']}
      />
      <TextAreaField
        id="setback-note"
        label="A note, if you like"
        hint="Your partner can read it."
        value={note}
        onValue={setNote}
        max={TEXT_LIMITS.note}
        rows={4}
        error={errors.fields['note']}
      />
      {concerns && concerns.breaches.length > 0 && (
        <div class="field">
          <label for="setback-breach">The breach it concerns, if one does</label>
          <select
            id="setback-breach"
            value={breachId}
            onChange={(event) => setBreachId(event.currentTarget.value)}
          >
            <option value="">None in particular</option>
            {concerns.breaches.map((breach) => (
              <option key={breach.id} value={breach.id}>
                {breach.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {concerns && concerns.agreements.length > 0 && (
        <div class="field">
          <label for="setback-agreement">The agreement it concerns, if one does</label>
          <select
            id="setback-agreement"
            value={agreementId}
            onChange={(event) => setAgreementId(event.currentTarget.value)}
          >
            <option value="">None in particular</option>
            {concerns.agreements.map((agreement) => (
              <option key={agreement.id} value={agreement.id}>
                {agreementName(agreement)}
              </option>
            ))}
          </select>
        </div>
      )}
      {hasTherapist && (
        <TherapistFlag id="setback-therapist" checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Logging…">
        Log the setback
      </SubmitButton>
    </form>
  );
}
