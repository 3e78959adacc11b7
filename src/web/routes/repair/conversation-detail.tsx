/**
 * One open conversation, with each partner's private "I felt safe" / "I felt
 * heard". The partner's answers show only as the server reveals them.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Conversation, MeAnswer } from '../../api/types';
import { conversationOperations } from '../../../contract/operations/conversations';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RatingSeven } from '../../components/repair/rating-seven';
import { RepairNav } from '../../components/repair/repair-nav';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { useLoad } from '../../components/repair/use-load';
import { TEXT_LIMITS } from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';
import { ratingLine, startedByLine } from './conversation-lines';

export function ConversationDetailScreen({
  me,
  conversationId,
}: {
  me: MeAnswer;
  conversationId: string;
}) {
  const people = peopleFor(me);
  const loaded = useLoad(
    async () =>
      (await call(conversationOperations.getConversation, { params: { conversationId } }))
        .conversation,
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
      const { conversation: saved } = await call(conversationOperations.rateConversation, {
        params: { conversationId: conversation.id },
        body: {
          feltSafe: feltSafe!,
          feltHeard: feltHeard!,
          note: noteText.trim() ? { text: noteText, visibility } : null,
          ...(hasTherapist || therapist ? { therapistMaySee: therapist } : {}),
        },
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
