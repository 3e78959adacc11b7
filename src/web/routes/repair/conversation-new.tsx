/**
 * Logging an open conversation: the day, the topic, how long, who started it,
 * the breach it was about and the prompt it began from, if any.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Breach, MeAnswer } from '../../api/types';
import { breachOperations } from '../../../contract/operations/breaches';
import { conversationOperations } from '../../../contract/operations/conversations';
import { ChoiceGroup } from '../../components/choice-group';
import { FieldError } from '../../components/text-field';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { PartnerFirst } from '../../components/repair/partner-first';
import { DayField } from '../../components/repair/day-field';
import { peopleFor } from '../../components/repair/people';
import { pickedPrompt } from '../../components/repair/picked-prompt';
import { RepairNav } from '../../components/repair/repair-nav';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { todayIn } from '../../components/repair/today';
import { useLoad } from '../../components/repair/use-load';
import { MINUTES_MAX, TEXT_LIMITS } from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { TextField } from '../../components/text-field';
import { useFormSubmit } from '../../components/use-form-submit';
import { Link } from '../../router/link';
import { navigate } from '../../router/router';
import { announce } from '../../state/announcer';
import { useStore } from '../../state/store';

interface Draft {
  day: string;
  topic: string;
  minutes: string;
  startedBy: 'me' | 'partner' | null;
  breachId: string;
  therapistMaySee: boolean;
}

const LOG_LABELS: Record<string, string> = {
  day: 'The day',
  topic: 'The topic',
  minutes: 'How long',
  startedBy: 'Who started it',
  promptId: 'The prompt',
  breachId: 'The breach',
};

function checkDraft(draft: Draft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!draft.day) fields['day'] = 'Please give the day you talked.';
  if (!draft.topic.trim()) fields['topic'] = 'Please say in a few words what it was about.';
  const minutes = Number(draft.minutes);
  if (!draft.minutes.trim() || !Number.isInteger(minutes) || minutes < 1 || minutes > MINUTES_MAX) {
    fields['minutes'] = `Please give a whole number of minutes, from 1 to ${MINUTES_MAX}.`;
  }
  if (!draft.startedBy) fields['startedBy'] = 'Please say who started it.';
  return fields;
}

/** The prompt's words as the topic, within the topic's limit (whole words, then "…"). */
export function topicFromPrompt(text: string): string {
  const max = TEXT_LIMITS.topic;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function ConversationNewScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const today = todayIn(me.member.timeZone);
  const prompt = useStore(pickedPrompt);
  const hasTherapist = useHasTherapist();
  const breaches = useLoad<Breach[]>(async () => (await call(breachOperations.listBreaches)).items);
  const [draft, setDraft] = useState<Draft>({
    day: today,
    topic: prompt ? topicFromPrompt(prompt.text) : '',
    minutes: '',
    startedBy: null,
    breachId: '',
    therapistMaySee: false,
  });
  // A conversation begun from a prompt carries the prompt into its topic. When the
  // prompt is changed or dropped, a topic the person has not touched follows it.
  const carried = useRef(draft.topic);
  useEffect(() => {
    const next = prompt ? topicFromPrompt(prompt.text) : '';
    setDraft((current) =>
      current.topic === '' || current.topic === carried.current
        ? { ...current, topic: next }
        : current,
    );
    carried.current = next;
  }, [prompt?.text]);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: LOG_LABELS,
    check: () => checkDraft(draft),
    send: async () => {
      const { conversation } = await call(conversationOperations.logConversation, {
        body: {
          day: draft.day,
          topic: draft.topic,
          minutes: Number(draft.minutes),
          startedBy: draft.startedBy!,
          ...(prompt ? { promptId: prompt.id } : {}),
          ...(draft.breachId ? { breachId: draft.breachId } : {}),
          therapistMaySee: draft.therapistMaySee,
        },
      });
      pickedPrompt.set(null);
      navigate(`/conversations/${conversation.id}`);
      announce('The conversation is logged. Now say how it felt for you.');
    },
    busyAfterSuccess: true,
  });
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  if (!people.partnerId) {
    return (
      <Page title="Log a conversation">
        <RepairNav />
        <PartnerFirst what="A conversation" />
      </Page>
    );
  }

  const minutesError = errors.fields['minutes'];
  return (
    <Page title="Log a conversation">
      <RepairNav />
      {prompt ? (
        <section class="note-box" aria-labelledby="prompt-heading">
          <h2 id="prompt-heading">Starting from a prompt</h2>
          <p class="quote">{prompt.text}</p>
          <div class="actions">
            <Link href="/conversations/prompts">Choose another prompt</Link>
            <button type="button" class="link-button" onClick={() => pickedPrompt.set(null)}>
              Log it without a prompt
            </button>
          </div>
        </section>
      ) : (
        <p>
          Did a prompt start it? <Link href="/conversations/prompts">Pick it from the library</Link>
          , or log it as it was.
        </p>
      )}
      <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
        <DayField
          id="day"
          label="The day you talked"
          value={draft.day}
          onValue={set('day')}
          max={today}
          required
          error={errors.fields['day']}
        />
        <TextField
          id="topic"
          label="What it was about"
          hint={
            prompt
              ? 'The prompt’s words, to begin with. Change them to what you talked about, if you like.'
              : 'A few words you will both recognise.'
          }
          value={draft.topic}
          onValue={set('topic')}
          maxLength={TEXT_LIMITS.topic}
          required
          error={errors.fields['topic']}
        />
        <div class={minutesError ? 'field field--invalid' : 'field'}>
          <label for="minutes">How long, in minutes</label>
          <input
            id="minutes"
            name="minutes"
            type="number"
            inputMode="numeric"
            class="number-input"
            min={1}
            max={MINUTES_MAX}
            step={1}
            value={draft.minutes}
            onInput={(event) => set('minutes')(event.currentTarget.value)}
            aria-invalid={minutesError ? 'true' : undefined}
            aria-describedby={minutesError ? 'minutes-error' : undefined}
          />
          {minutesError && <FieldError id="minutes-error" message={minutesError} />}
        </div>
        <ChoiceGroup<'me' | 'partner' | null>
          name="startedBy"
          legend="Who started it?"
          choices={[
            { value: 'me', label: 'I did' },
            { value: 'partner', label: `${people.partnerName} did` },
          ]}
          value={draft.startedBy}
          onValue={set('startedBy')}
          error={errors.fields['startedBy']}
        />
        {breaches.data && breaches.data.length > 0 && (
          <div class="field">
            <label for="breach">About a breach, if it was</label>
            <select
              id="breach"
              value={draft.breachId}
              onChange={(event) => set('breachId')(event.currentTarget.value)}
            >
              <option value="">None in particular</option>
              {breaches.data.map((breach) => (
                <option key={breach.id} value={breach.id}>
                  {breach.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {hasTherapist && (
          <TherapistFlag
            id="conversation-therapist"
            checked={draft.therapistMaySee}
            onChange={set('therapistMaySee')}
          />
        )}
        <FormMessage message={errors.general} />
        <SubmitButton busy={busy} busyLabel="Logging…">
          Log the conversation
        </SubmitButton>
      </form>
    </Page>
  );
}
