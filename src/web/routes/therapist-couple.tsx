/**
 * One couple, as their therapist sees it: the shared entries they flagged
 * ("therapist may see"), read-only, and the notes the therapist writes to them
 * both. Access is checked on every request, so if a partner ended it, the
 * next look says so plainly.
 */
import { useEffect, useState } from 'preact/hooks';
import { therapistOperations } from '../../contract/operations/therapist';
import { ApiError, call } from '../api/client';
import type { TherapistEntry, TherapistNoteItem, TherapistSpaceItem } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { EFFORT_MAX, RATING_MAX, RATING_QUESTIONS } from '../components/check-in-questions';
import { coupleName } from '../components/couple-name';
import { formatDay } from '../components/days';
import { FormMessage } from '../components/form-message';
import { formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { TextAreaField } from '../components/repair/text-area-field';
import { SubmitButton } from '../components/submit-button';
import { TherapistNotes } from '../components/therapist-notes';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { sendForm, TOO_LONG, tooLongIn } from '../components/use-form-submit';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { session } from '../state/session';
import { useStore } from '../state/store';
import { openCouple } from '../state/therapist-couple';
import { THERAPIST_NOTE_MAX as NOTE_MAX } from '../../contract/limits';

const RATING_LABELS: Record<string, string> = Object.fromEntries(
  RATING_QUESTIONS.map((question) => [question.field, question.label]),
);

/** Facts naming a partner, shown by name; other ids mean nothing to a reader. */
const PERSON_FACTS: Record<string, string> = {
  brokeTrustId: 'Broke trust',
  hurtId: 'Hurt',
  startedById: 'Started by',
};

const FACT_LABELS: Record<string, string> = {
  effort: 'Effort',
  talkedOpenly: 'Talked openly',
  cameToLight: 'Came to light',
  mutual: 'Both broke trust',
  versionKind: 'Kind',
  setbackKind: 'Kind',
  // The trust questionnaire's subscale means (1–7).
  predictability: 'Predictability',
  dependability: 'Dependability',
  faith: 'Faith in each other',
};

function factLine(
  key: string,
  value: string | number | boolean | null,
  nameOf: (id: string | null) => string,
): [string, string] | null {
  if (value === null) return null;
  const person = PERSON_FACTS[key];
  if (person) return [person, nameOf(String(value))];
  if (key.endsWith('Id')) return null;
  const label =
    RATING_LABELS[key] ??
    FACT_LABELS[key] ??
    key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
  if (typeof value === 'boolean') return [label, value ? 'Yes' : 'No'];
  if (typeof value === 'number' && RATING_LABELS[key]) return [label, `${value} of ${RATING_MAX}`];
  if (typeof value === 'number' && key === 'effort') return [label, `${value} of ${EFFORT_MAX}`];
  if (typeof value === 'number' && TRUST_FACTS.has(key)) return [label, `${value.toFixed(1)} of 7`];
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return [label, formatDay(value)];
  return [label, String(value).replace(/-/g, ' ')];
}

const TRUST_FACTS = new Set(['predictability', 'dependability', 'faith']);

const KIND_WORDS: Record<string, string> = {
  'check-in': 'check-in',
  'impact-statement': 'impact statement',
  'agreement-version': 'agreement',
};

type Loaded = { entries: TherapistEntry[]; notes: TherapistNoteItem[] };

/**
 * The couple comes from the address, so the page can be reloaded and linked to
 * (decision 016). The list the therapist already opened is used when it holds
 * this couple; otherwise it is asked for again, and a couple that is not in it
 * (access ended, or never given) reads like access that has ended.
 */
export function TherapistCouplePage({ spaceId }: { spaceId: string }) {
  const cached = useStore(openCouple);
  const [couple, setCouple] = useState<TherapistSpaceItem | null | 'missing'>(
    cached?.id === spaceId ? cached : null,
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (couple && couple !== 'missing' && couple.id === spaceId) return;
    let current = true;
    call(therapistOperations.listTherapistSpaces)
      .then(({ items }) => {
        if (!current) return;
        const found = items.find((item) => item.id === spaceId);
        if (found) openCouple.set(found);
        setCouple(found ?? 'missing');
      })
      .catch((failure: unknown) => {
        if (current) setError(formErrorsFrom(failure, {}).general);
      });
    return () => {
      current = false;
    };
  }, [spaceId]);

  if (couple === 'missing') return <AccessEnded name="This couple" />;
  if (!couple) {
    return (
      <Page title="A couple">
        <FormMessage message={error} />
        {!error && <p aria-busy="true">Opening…</p>}
      </Page>
    );
  }
  return <CoupleView couple={couple} />;
}

function AccessEnded({ name }: { name: string }) {
  return (
    <Page title={name}>
      <section class="card" aria-labelledby="ended-heading">
        <h2 id="ended-heading">Your access has ended</h2>
        <p>
          One of the partners ended your access to their space, or it was never given, so you cannot
          see it or write to them. Nothing more is needed from you.
        </p>
        <Link href="/therapist">Back to the couples you support</Link>
      </section>
    </Page>
  );
}

function CoupleView({ couple }: { couple: TherapistSpaceItem }) {
  const state = useStore(session);
  const myId = state.status === 'signed-in' ? state.me.member.id : undefined;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [ended, setEnded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = coupleName(couple);

  const nameOf = (authorId: string | null) =>
    couple.partners.find((partner) => partner.id === authorId)?.displayName ?? 'A former partner';

  const look = async () => {
    setBusy(true);
    setError(null);
    try {
      const [entries, notes] = await Promise.all([
        call(therapistOperations.listEntriesForTherapist, { params: { spaceId: couple.id } }),
        call(therapistOperations.listTherapistNotes, { params: { spaceId: couple.id } }),
      ]);
      setLoaded({ entries: entries.items, notes: notes.items });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) {
        setLoaded(null);
        setEnded(true);
      } else {
        setError(formErrorsFrom(failure, {}).general);
      }
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void look();
  }, [couple.id]);

  if (ended) return <AccessEnded name={name} />;

  return (
    <Page title={name}>
      <p class="lead">
        Shared entries {name} flagged for you, newest first. Read-only; the couple sees each time
        you look.
      </p>
      <FormMessage message={error} />
      {!loaded && !error && <p aria-busy="true">Opening…</p>}
      {loaded && (
        <>
          <section aria-labelledby="entries-heading">
            <h2 id="entries-heading">Flagged entries</h2>
            {loaded.entries.length === 0 && (
              <p>Nothing flagged for you yet. Each partner decides entry by entry.</p>
            )}
            {loaded.entries.map((entry) => {
              const facts = Object.entries(entry.facts)
                .map(([key, value]) => factLine(key, value, nameOf))
                .filter((line): line is [string, string] => line !== null);
              const author = nameOf(entry.authorId);
              const kind = KIND_WORDS[entry.kind] ?? entry.kind.replace(/-/g, ' ');
              return (
                <article key={entry.id} class="entry" aria-label={`${author}’s ${kind}`}>
                  <h3 class="entry__author">
                    {author}’s {kind}
                  </h3>
                  <p class="field__hint">
                    {entry.day ? formatDay(entry.day) : formatInstant(entry.createdAt)}
                  </p>
                  {facts.length > 0 && (
                    <dl class="entry__answers">
                      {facts.map(([label, value]) => (
                        <div key={label} class="entry__answer">
                          <dt>{label}</dt>
                          <dd>{value}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {entry.text && (
                    <figure class="entry__note">
                      <blockquote>{entry.text}</blockquote>
                    </figure>
                  )}
                </article>
              );
            })}
          </section>
          <section class="card" aria-labelledby="therapist-notes-heading">
            <h2 id="therapist-notes-heading">Your notes to {name}</h2>
            <NoteForm
              spaceId={couple.id}
              name={name}
              onWritten={(note) =>
                setLoaded((current) =>
                  current ? { ...current, notes: [note, ...current.notes] } : current,
                )
              }
              onEnded={() => setEnded(true)}
            />
            {loaded.notes.length > 0 && <TherapistNotes notes={loaded.notes} myId={myId} />}
          </section>
        </>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void look().then(() => announce('Up to date.'))}
        >
          {busy ? 'Looking…' : 'Look again'}
        </button>
        <Link href="/therapist" class="button">
          All your couples
        </Link>
      </div>
    </Page>
  );
}

interface NoteFormProps {
  spaceId: string;
  name: string;
  onWritten: (note: TherapistNoteItem) => void;
  onEnded: () => void;
}

function NoteForm({ spaceId, name, onWritten, onEnded }: NoteFormProps) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const tooLong = tooLongIn(formRef.current);
    if (tooLong) {
      setErrors({ fields: { [TOO_LONG]: tooLong.message }, general: tooLong.message });
      return;
    }
    if (!text.trim()) {
      setErrors({ fields: { text: 'Please write something first.' }, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await sendForm(formRef.current, async () => {
        const { note } = await call(therapistOperations.writeTherapistNote, {
          params: { spaceId },
          body: { text },
        });
        setText('');
        onWritten(note);
        announce(`Your note is sent to ${name}.`);
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) onEnded();
      else setErrors(formErrorsFrom(error, { text: 'The note' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id="therapist-note"
        label="A note to them both"
        hint="Both partners read it."
        value={text}
        onValue={setText}
        max={NOTE_MAX}
        rows={4}
        error={errors.fields['text']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send the note
      </SubmitButton>
    </form>
  );
}
