/**
 * Breaches: the list, and recording one — what happened, when it came to
 * light and how, and who broke trust (me, my partner, or both of us). Roles
 * belong to each breach, never to a person.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Breach, MeAnswer } from '../../api/types';
import { breachOperations } from '../../../contract/operations/breaches';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { PartnerFirst } from '../../components/repair/partner-first';
import { LoadState } from '../../components/repair/load-state';
import { DayField } from '../../components/repair/day-field';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { roleLine } from '../../components/repair/roles';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { todayIn } from '../../components/repair/today';
import { useLoad } from '../../components/repair/use-load';
import {
  BREACH_CATEGORIES,
  BREACH_CATEGORY_LABELS,
  TEXT_LIMITS,
  type BreachCategory,
} from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { TextField } from '../../components/text-field';
import { useFormSubmit } from '../../components/use-form-submit';
import { Link } from '../../router/link';
import { navigate } from '../../router/router';
import { announce } from '../../state/announcer';

export function cameToLightLine(breach: Breach): string {
  return `${breach.cameToLight === 'disclosed' ? 'Disclosed' : 'Discovered'} on ${formatDay(breach.day)}`;
}

export function BreachListScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(breachOperations.listBreaches)).items);
  const breaches = loaded.data;
  return (
    <Page title="Breaches">
      <RepairNav />
      <p class="lead">
        What broke trust, written down so you can work through it together. A space can hold several
        breaches over time; nothing is ever deleted.
      </p>
      {people.partnerId ? (
        <div class="actions">
          <Link href="/breaches/new" class="button button--primary">
            Record a breach
          </Link>
        </div>
      ) : (
        <PartnerFirst what="A breach" />
      )}
      <LoadState loaded={loaded} busyText="Opening your breaches…" />
      {breaches && breaches.length === 0 && (
        <p class="muted">Nothing recorded yet. When you are ready, either of you can begin.</p>
      )}
      {breaches && breaches.length > 0 && (
        <ul class="item-list">
          {[...breaches].reverse().map((breach) => (
            <li key={breach.id} class="item">
              <h2 class="item__title">
                <Link href={`/breaches/${breach.id}`}>{breach.title}</Link>
                <span class="tag">{BREACH_CATEGORY_LABELS[breach.category]}</span>
              </h2>
              <p class="field__hint">{cameToLightLine(breach)}</p>
              <p>{roleLine(breach, people)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

interface Draft {
  title: string;
  category: BreachCategory | null;
  description: string;
  day: string;
  cameToLight: 'disclosed' | 'discovered' | null;
  brokeTrust: 'me' | 'partner' | 'both' | null;
  therapistMaySee: boolean;
}

const LABELS: Record<string, string> = {
  title: 'The title',
  category: 'The kind of breach',
  description: 'What happened',
  day: 'The day',
  cameToLight: 'How it came to light',
  brokeTrust: 'Who broke trust',
};

function check(draft: Draft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!draft.title.trim()) fields['title'] = 'Please give it a short title.';
  if (!draft.category) fields['category'] = 'Please choose the kind of breach.';
  if (!draft.description.trim()) fields['description'] = 'Please say what happened.';
  if (!draft.day) fields['day'] = 'Please give the day it came to light.';
  if (!draft.cameToLight) fields['cameToLight'] = 'Please say how it came to light.';
  if (!draft.brokeTrust) fields['brokeTrust'] = 'Please say who broke trust.';
  return fields;
}

export function BreachNewScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const today = todayIn(me.member.timeZone);
  const hasTherapist = useHasTherapist();
  const [draft, setDraft] = useState<Draft>({
    title: '',
    category: null,
    description: '',
    day: today,
    cameToLight: null,
    brokeTrust: null,
    therapistMaySee: false,
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: LABELS,
    check: () => check(draft),
    send: async () => {
      const { breach } = await call(breachOperations.recordBreach, {
        body: {
          title: draft.title,
          category: draft.category!,
          description: draft.description,
          day: draft.day,
          cameToLight: draft.cameToLight!,
          brokeTrust: draft.brokeTrust!,
          therapistMaySee: draft.therapistMaySee,
        },
      });
      navigate(`/breaches/${breach.id}`);
      announce('The breach is recorded. Each of you can now rate how serious it was, privately.');
    },
    busyAfterSuccess: true,
  });
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  if (!people.partnerId) {
    return (
      <Page title="Record a breach">
        <RepairNav />
        <PartnerFirst what="A breach" />
      </Page>
    );
  }

  return (
    <Page title="Record a breach">
      <RepairNav />
      <p class="lead">
        Take your time. Write it plainly; you can come back to it. Your partner reads what you write
        here.
      </p>
      <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
        <TextField
          id="title"
          label="A short title"
          hint="A few words you will both recognise."
          value={draft.title}
          onValue={set('title')}
          maxLength={TEXT_LIMITS.title}
          required
          error={errors.fields['title']}
        />
        <ChoiceGroup<BreachCategory | null>
          name="category"
          legend="What kind of breach was it?"
          choices={BREACH_CATEGORIES.map((category) => ({
            value: category,
            label: BREACH_CATEGORY_LABELS[category],
          }))}
          value={draft.category}
          onValue={set('category')}
          error={errors.fields['category']}
        />
        <TextAreaField
          id="description"
          label="What happened"
          hint="In your own words. Facts are enough; there is room for feelings later."
          value={draft.description}
          onValue={set('description')}
          max={TEXT_LIMITS.long}
          rows={7}
          required
          error={errors.fields['description']}
        />
        <DayField
          id="day"
          label="The day it came to light"
          hint="The day it was discovered or disclosed."
          value={draft.day}
          onValue={set('day')}
          max={today}
          required
          error={errors.fields['day']}
        />
        <ChoiceGroup<'disclosed' | 'discovered' | null>
          name="cameToLight"
          legend="How did it come to light?"
          choices={[
            { value: 'disclosed', label: 'It was disclosed: told' },
            { value: 'discovered', label: 'It was discovered: found out' },
          ]}
          value={draft.cameToLight}
          onValue={set('cameToLight')}
          error={errors.fields['cameToLight']}
        />
        <ChoiceGroup<'me' | 'partner' | 'both' | null>
          name="brokeTrust"
          legend="Who broke trust?"
          hint="This sets who is who in this breach only. In another breach it may be the other way round."
          choices={[
            { value: 'me', label: 'I did' },
            { value: 'partner', label: `${people.partnerName} did` },
            { value: 'both', label: 'Both of us' },
          ]}
          value={draft.brokeTrust}
          onValue={set('brokeTrust')}
          error={errors.fields['brokeTrust']}
        />
        {hasTherapist && (
          <TherapistFlag
            id="breach-therapist"
            checked={draft.therapistMaySee}
            onChange={set('therapistMaySee')}
          />
        )}
        <FormMessage message={errors.general} />
        <SubmitButton busy={busy} busyLabel="Recording…">
          Record the breach
        </SubmitButton>
      </form>
    </Page>
  );
}
