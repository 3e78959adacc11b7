/**
 * Open conversations (step 2): the list, logging one (day, topic, length, who
 * started it, and the prompt it began from, if any), and one conversation
 * with each partner's private "I felt safe" / "I felt heard". The partner's
 * answers show only as the server reveals them.
 */
import { useState } from 'preact/hooks';
import type { MeAnswer } from '../../api/endpoints';
import {
  getConversation,
  listBreaches,
  listConversations,
  logConversation,
  rateConversation,
  type Breach,
  type Conversation,
  type ConversationRating,
} from '../../api/repair';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FieldError } from '../../components/text-field';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { PartnerFirst } from '../../components/repair/partner-first';
import { LoadState } from '../../components/repair/load-state';
import { DayField } from '../../components/repair/day-field';
import { peopleFor, type People } from '../../components/repair/people';
import { pickedPrompt } from '../../components/repair/picked-prompt';
import { RatingSeven } from '../../components/repair/rating-seven';
import { RepairNav } from '../../components/repair/repair-nav';
import { RevealNote } from '../../components/repair/reveal-note';
import { TextAreaField } from '../../components/repair/text-area-field';
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

function ratingLine(rating: ConversationRating): string {
  return `felt safe ${rating.feltSafe} of 7, felt heard ${rating.feltHeard} of 7`;
}

function startedByLine(conversation: Conversation, people: People): string {
  if (!conversation.startedBy) return 'Started by a former partner';
  return people.isMe(conversation.startedBy)
    ? 'You started it'
    : `${people.nameOf(conversation.startedBy)} started it`;
}

export function ConversationListScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await listConversations()).items);
  const items = loaded.data;
  return (
    <Page title="Conversations">
      <RepairNav />
      <p class="lead">
        Open conversations, logged after you had them. Each of you says how safe and how heard you
        felt.
      </p>
      {people.partnerId ? (
        <div class="actions">
          <Link href="/conversations/new" class="button button--primary">
            Log a conversation
          </Link>
          <Link href="/conversations/prompts" class="button">
            Find a prompt to begin
          </Link>
        </div>
      ) : (
        <PartnerFirst what="A conversation" />
      )}
      <RevealNote partnerName={people.partnerName} />
      <LoadState loaded={loaded} busyText="Opening your conversations…" />
      {items && items.length === 0 && <p class="muted">No conversations logged yet.</p>}
      {items && items.length > 0 && (
        <ul class="item-list">
          {items.map((conversation) => (
            <li key={conversation.id} class="item">
              <h2 class="item__title">
                <Link href={`/conversations/${conversation.id}`}>{conversation.topic}</Link>
              </h2>
              <p class="field__hint">
                {formatDay(conversation.day)} · {conversation.minutes} minutes ·{' '}
                {startedByLine(conversation, people)}
              </p>
              <p>
                {conversation.myRating
                  ? `You ${ratingLine(conversation.myRating)}.`
                  : 'You have not said how it felt yet.'}
              </p>
              {conversation.partnerRating && (
                <p>
                  {people.nameOf(conversation.partnerRating.memberId)}{' '}
                  {ratingLine(conversation.partnerRating)}.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

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

export function ConversationNewScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const today = todayIn(me.member.timeZone);
  const prompt = useStore(pickedPrompt);
  const hasTherapist = useHasTherapist();
  const breaches = useLoad<Breach[]>(async () => (await listBreaches()).items);
  const [draft, setDraft] = useState<Draft>({
    day: today,
    topic: '',
    minutes: '',
    startedBy: null,
    breachId: '',
    therapistMaySee: false,
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: LOG_LABELS,
    check: () => checkDraft(draft),
    send: async () => {
      const { conversation } = await logConversation({
        day: draft.day,
        topic: draft.topic,
        minutes: Number(draft.minutes),
        startedBy: draft.startedBy!,
        ...(prompt ? { promptId: prompt.id } : {}),
        ...(draft.breachId ? { breachId: draft.breachId } : {}),
        therapistMaySee: draft.therapistMaySee,
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
          hint="A few words you will both recognise."
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

export function ConversationDetailScreen({
  me,
  conversationId,
}: {
  me: MeAnswer;
  conversationId: string;
}) {
  const people = peopleFor(me);
  const loaded = useLoad(
    async () => (await getConversation(conversationId)).conversation,
    [conversationId],
  );
  const conversation = loaded.data;
  if (!conversation) {
    return (
      <Page title="A conversation">
        <RepairNav />
        <LoadState loaded={loaded} busyText="Opening the conversation…" />
      </Page>
    );
  }
  const partner = conversation.partnerRating;
  return (
    <Page title={conversation.topic}>
      <RepairNav />
      <dl class="facts">
        <div>
          <dt>Day</dt>
          <dd>{formatDay(conversation.day)}</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{conversation.minutes} minutes</dd>
        </div>
        <div>
          <dt>Who started it</dt>
          <dd>{startedByLine(conversation, people)}</dd>
        </div>
        <div>
          <dt>Logged by</dt>
          <dd>{people.nameOf(conversation.loggedBy)}</dd>
        </div>
      </dl>
      {conversation.prompt && (
        <figure class="entry__note">
          <figcaption class="field__hint">It began from this prompt:</figcaption>
          <blockquote>{conversation.prompt.text}</blockquote>
        </figure>
      )}
      <section class="card" aria-labelledby="partner-answers-heading">
        <h2 id="partner-answers-heading">{people.partnerName}’s answers</h2>
        {partner ? (
          <>
            <p>
              {people.nameOf(partner.memberId)} {ratingLine(partner)}.
            </p>
            {partner.note && <p class="quote">{partner.note.text}</p>}
          </>
        ) : conversation.myRating ? (
          <p>{people.partnerName} has not given their answers yet.</p>
        ) : (
          <p>
            They appear here once you have given yours, or once the day they gave them is over.
            Yours appear to {people.partnerName} in the same way.
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="my-answers-heading">
        <h2 id="my-answers-heading">How it felt for you</h2>
        <RateConversationForm
          conversation={conversation}
          people={people}
          onSaved={(saved) => loaded.set(saved)}
        />
      </section>
    </Page>
  );
}

function RateConversationForm({
  conversation,
  people,
  onSaved,
}: {
  conversation: Conversation;
  people: People;
  onSaved: (conversation: Conversation) => void;
}) {
  const mine = conversation.myRating;
  const hasTherapist = useHasTherapist();
  const [feltSafe, setFeltSafe] = useState<number | null>(mine?.feltSafe ?? null);
  const [feltHeard, setFeltHeard] = useState<number | null>(mine?.feltHeard ?? null);
  const [noteText, setNoteText] = useState(mine?.note?.text ?? '');
  const [visibility, setVisibility] = useState<'private' | 'shared'>(
    mine?.note?.visibility ?? 'private',
  );
  const [therapist, setTherapist] = useState(mine?.therapistMaySee ?? false);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { feltSafe: 'I felt safe', feltHeard: 'I felt heard', 'note.text': 'The note' },
    check: () => {
      const fields: Record<string, string> = {};
      if (feltSafe === null) fields['feltSafe'] = 'Please choose a number from 1 to 7.';
      if (feltHeard === null) fields['feltHeard'] = 'Please choose a number from 1 to 7.';
      return fields;
    },
    send: async () => {
      const { conversation: saved } = await rateConversation(conversation.id, {
        feltSafe: feltSafe!,
        feltHeard: feltHeard!,
        note: noteText.trim() ? { text: noteText, visibility } : null,
        ...(hasTherapist || therapist ? { therapistMaySee: therapist } : {}),
      });
      onSaved(saved);
      announce(mine ? 'Your answers are updated.' : 'Your answers are saved. Thank you.');
    },
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      {mine && <p class="saved-line">You have answered. Change anything and save again.</p>}
      <RatingSeven
        name="feltSafe"
        question="I felt safe"
        low="not at all"
        high="completely"
        value={feltSafe}
        onValue={setFeltSafe}
        error={errors.fields['feltSafe']}
      />
      <RatingSeven
        name="feltHeard"
        question="I felt heard"
        low="not at all"
        high="completely"
        value={feltHeard}
        onValue={setFeltHeard}
        error={errors.fields['feltHeard']}
      />
      <TextAreaField
        id="conversation-note"
        label="A note, if you like"
        value={noteText}
        onValue={setNoteText}
        max={TEXT_LIMITS.note}
        rows={4}
        error={errors.fields['note.text']}
      />
      <ChoiceGroup
        name="conversation-note-visibility"
        legend="Who can read this note?"
        choices={[
          { value: 'private', label: 'Only me' },
          { value: 'shared', label: `Me and ${people.partnerName}` },
        ]}
        value={visibility}
        onValue={setVisibility}
      />
      {(hasTherapist || therapist) && (
        <TherapistFlag id="rating-therapist" checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Saving…">
        {mine ? 'Save changes' : 'Save my answers'}
      </SubmitButton>
    </form>
  );
}
