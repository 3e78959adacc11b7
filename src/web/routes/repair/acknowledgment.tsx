/**
 * The acknowledgment (step 1). The partner who broke trust writes it in their
 * own words, with a little guidance; the hurt partner answers each version
 * "this is accurate" or "something is missing". Every version stays visible;
 * an answered or revised version is read-only.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Acknowledgment, Breach, MeAnswer } from '../../api/types';
import { breachOperations } from '../../../contract/operations/breaches';
import { ChoiceGroup } from '../../components/choice-group';
import { FormMessage } from '../../components/form-message';
import { Page } from '../../components/page';
import { focusSoon } from '../../components/repair/focus';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { answerersOf, roleLine } from '../../components/repair/roles';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TextForm } from '../../components/repair/text-form';
import { useHasTherapist } from '../../components/repair/therapist-flag';
import { TextVersion } from '../../components/repair/text-version';
import { useLoad } from '../../components/repair/use-load';
import { LoadState } from '../../components/repair/load-state';
import { newestFirst } from '../../components/repair/newest-first';
import { TEXT_LIMITS } from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';

interface Loaded {
  breach: Breach;
  items: Acknowledgment[];
}

export function AcknowledgmentScreen({ me, breachId }: { me: MeAnswer; breachId: string }) {
  const people = peopleFor(me);
  const hasTherapist = useHasTherapist();
  const loaded = useLoad<Loaded>(async () => {
    const [breach, list] = await Promise.all([
      call(breachOperations.getBreach, { params: { breachId } }),
      call(breachOperations.listAcknowledgments, { params: { breachId } }),
    ]);
    return { breach: breach.breach, items: list.items };
  }, [breachId]);
  const data = loaded.data;

  return (
    <Page title="The acknowledgment">
      <RepairNav />
      <LoadState loaded={loaded} busyText="Opening the acknowledgment…" />
      {data && (
        <>
          <p class="lead">
            For <Link href={`/breaches/${data.breach.id}`}>{data.breach.title}</Link>.{' '}
            {roleLine(data.breach, people)}
          </p>
          {data.breach.can.writeAcknowledgment && <Guidance partnerName={people.partnerName} />}
          {data.breach.brokeTrust.map((author) => (
            <AuthorThread
              key={author}
              author={author}
              breach={data.breach}
              items={data.items.filter((item) => item.authorId === author)}
              people={people}
              offerTherapist={hasTherapist}
              reload={loaded.reload}
            />
          ))}
        </>
      )}
    </Page>
  );
}

function Guidance({ partnerName }: { partnerName: string }) {
  return (
    <aside class="note-box" aria-labelledby="guidance-heading">
      <h2 id="guidance-heading">Writing it in your own words</h2>
      <ul class="plain-list">
        <li>Say what you did, plainly. Name it rather than softening it.</li>
        <li>
          Include what {partnerName} may not know yet. An account that leaves things out tends to
          hurt twice.
        </li>
        <li>
          Leave reasons and explanations for later. They can come in a conversation, if{' '}
          {partnerName} wants them.
        </li>
        <li>
          {partnerName} will say whether it is accurate, or what is missing. You can write it again
          as often as it takes; every version is kept.
        </li>
      </ul>
    </aside>
  );
}

interface ThreadProps {
  author: string;
  breach: Breach;
  items: Acknowledgment[];
  people: People;
  offerTherapist: boolean;
  reload: () => Promise<void>;
}

function AuthorThread({ author, breach, items, people, offerTherapist, reload }: ThreadProps) {
  const mine = people.isMe(author);
  const versions = newestFirst(items);
  const latest = versions[0];
  const canWrite = mine && breach.can.writeAcknowledgment;
  const [writing, setWriting] = useState(false);
  // A new version once the last one was answered; before that, correcting it is enough.
  // After "something is missing" the form is open; after "accurate" it waits to be asked for.
  const answered = latest?.response ?? null;
  const offerNew =
    canWrite && (!latest || (answered !== null && (answered.verdict !== 'accurate' || writing)));
  const offerButton = canWrite && answered?.verdict === 'accurate' && !writing;
  const headingId = `ack-${author}-heading`;
  const answerer = answerersOf(breach, author)[0] ?? null;

  const write = async (text: string, therapistMaySee: boolean) => {
    await call(breachOperations.writeAcknowledgment, {
      params: { breachId: breach.id },
      body: { text, therapistMaySee },
    });
    setWriting(false);
    await reload();
    focusSoon(headingId);
    announce(
      people.isMe(answerer)
        ? 'Your acknowledgment is saved.'
        : `Your acknowledgment is shared with ${people.nameOf(answerer)}.`,
    );
  };

  return (
    <section aria-labelledby={headingId} class="thread">
      <h2 id={headingId} tabIndex={-1}>
        {people.possessive(author)} acknowledgment
      </h2>
      {!latest && !mine && <p>{people.nameOf(author)} has not written it yet. There is no rush.</p>}
      {offerNew && (
        <section class="card" aria-labelledby={`${headingId}-write`}>
          <h3 id={`${headingId}-write`}>
            {latest ? 'Write a new version' : 'Write your acknowledgment'}
          </h3>
          {latest?.response?.verdict === 'something-missing' && (
            <p class="field__hint">
              {people.nameOf(latest.response.authorId)} said something is missing. Their words are
              below, with your last version, which you can start from.
            </p>
          )}
          <TextForm
            id={`ack-${author}-new`}
            label={latest ? 'Your new version' : 'What happened, in your own words'}
            initial={latest?.text ?? ''}
            max={TEXT_LIMITS.long}
            submitLabel={latest ? 'Share the new version' : 'Share my acknowledgment'}
            busyLabel="Sharing…"
            emptyMessage="Please write what happened first."
            offerTherapist={offerTherapist}
            {...(writing ? { onCancel: () => setWriting(false) } : {})}
            onSubmit={write}
          />
        </section>
      )}
      {versions.length > 0 && (
        <ol
          class="versions"
          aria-label={`Every version of ${people.possessive(author).toLowerCase()} acknowledgment, newest first`}
        >
          {versions.map((item) => (
            <li key={item.id}>
              <VersionItem item={item} people={people} reload={reload} />
            </li>
          ))}
        </ol>
      )}
      {offerButton && (
        <>
          <p class="field__hint">
            If there is more to say, you can write a new version. This one stays as it was
            confirmed.
          </p>
          <button type="button" class="button" onClick={() => setWriting(true)}>
            Write a new version
          </button>
        </>
      )}
    </section>
  );
}

function VersionItem({
  item,
  people,
  reload,
}: {
  item: Acknowledgment;
  people: People;
  reload: () => Promise<void>;
}) {
  return (
    <TextVersion
      idPrefix="ack"
      item={item}
      correctedAt={item.updatedAt}
      people={people}
      saveCorrection={async (text) => {
        await call(breachOperations.editAcknowledgment, {
          params: { acknowledgmentId: item.id },
          body: { text },
        });
      }}
      reload={reload}
      answer={
        item.response && (
          <div class="answer">
            <p>
              <strong>
                {people.nameOf(item.response.authorId)}:{' '}
                {item.response.verdict === 'accurate'
                  ? 'This is accurate.'
                  : 'Something is missing.'}
              </strong>
            </p>
            {item.response.comment && <p class="quote">{item.response.comment}</p>}
          </div>
        )
      }
    >
      {item.can.respond && <RespondForm item={item} people={people} reload={reload} />}
    </TextVersion>
  );
}

function RespondForm({
  item,
  people,
  reload,
}: {
  item: Acknowledgment;
  people: People;
  reload: () => Promise<void>;
}) {
  const [verdict, setVerdict] = useState<'accurate' | 'something-missing' | null>(null);
  const [comment, setComment] = useState('');
  const author = people.nameOf(item.authorId);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { verdict: 'Your answer', comment: 'Your comment' },
    check: (): Record<string, string> => {
      if (!verdict) return { verdict: 'Please choose one of the two.' };
      if (verdict === 'something-missing' && !comment.trim()) {
        return { comment: `Please say what is missing, so ${author} can add it.` };
      }
      return {};
    },
    send: async () => {
      await call(breachOperations.respondToAcknowledgment, {
        params: { acknowledgmentId: item.id },
        body: { verdict: verdict!, comment },
      });
      await reload();
      focusSoon(`ack-version-${item.id}`);
      announce(`Your answer is shared with ${author}.`);
    },
    busyAfterSuccess: true,
  });

  return (
    <form
      ref={formRef}
      class="form answer-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`respond-${item.id}`}
    >
      <h4 id={`respond-${item.id}`}>Your answer</h4>
      <ChoiceGroup<'accurate' | 'something-missing' | null>
        name={`verdict-${item.id}`}
        legend={`Does ${author}’s acknowledgment feel accurate?`}
        hint="Your answer is kept with this version. If something is missing, they can write a new one."
        choices={[
          { value: 'accurate', label: 'This is accurate' },
          { value: 'something-missing', label: 'Something is missing' },
        ]}
        value={verdict}
        onValue={setVerdict}
        error={errors.fields['verdict']}
      />
      <TextAreaField
        id={`comment-${item.id}`}
        label={verdict === 'something-missing' ? 'What is missing' : 'A word, if you like'}
        value={comment}
        onValue={setComment}
        max={TEXT_LIMITS.comment}
        rows={4}
        error={errors.fields['comment']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send my answer
      </SubmitButton>
    </form>
  );
}
