/**
 * A therapist, the partners' side: what it means, proposing one by e-mail,
 * every invitation and access with its status in plain words, and the notes
 * the therapist wrote. Nothing happens without both partners; either ends it.
 */
import { useEffect, useState } from 'preact/hooks';
import { therapistOperations } from '../../contract/operations/therapist';
import { call } from '../api/client';
import type { MeAnswer, TherapistGrant, TherapistNoteItem } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { Page } from '../components/page';
import { SubmitButton } from '../components/submit-button';
import { TextField } from '../components/text-field';
import { TherapistGrantCard } from '../components/therapist-grant-card';
import { TherapistNotes } from '../components/therapist-notes';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { Link } from '../router/link';
import { announce } from '../state/announcer';

export function TherapistSettingsPage({ me }: { me: MeAnswer }) {
  const [grants, setGrants] = useState<TherapistGrant[] | null>(null);
  const [notes, setNotes] = useState<TherapistNoteItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const partner = me.space?.partner ?? null;

  useEffect(() => {
    if (!me.space) return;
    Promise.all([
      call(therapistOperations.listTherapistGrants),
      call(therapistOperations.listTherapistNotesForPartners),
    ])
      .then(([grantList, noteList]) => {
        setGrants(grantList.items);
        setNotes(noteList.items);
      })
      .catch((failure: unknown) => setError(formErrorsFrom(failure, {}).general));
  }, [me.space]);

  const replace = (grant: TherapistGrant) =>
    setGrants((current) => {
      const others = (current ?? []).filter((item) => item.id !== grant.id);
      return [grant, ...others].sort((a, b) => (a.proposedAt < b.proposedAt ? 1 : -1));
    });

  return (
    <Page title="A therapist">
      <aside class="note-box" aria-labelledby="therapist-about-heading">
        <h2 id="therapist-about-heading">How it works</h2>
        <ul class="plain-list">
          <li>Either of you proposes a therapist by their e-mail address.</li>
          <li>
            Nothing happens until the other agrees. Only then is the therapist e-mailed a link to
            join; neither of you sees that link, and it works only for an account with that address.
            Once they accept, you see the name they use.
          </li>
          <li>
            The therapist sees only shared entries that you flag for them (“Therapist may see” on a
            check-in), never anything private, and never your safety check. They can write notes to
            you both, nothing else.
          </li>
          <li>Either of you can end their access alone, at once.</li>
          <li>
            Every time the therapist reads, it shows in your{' '}
            <Link href="/settings/activity">activity</Link>.
          </li>
        </ul>
      </aside>
      <FormMessage message={error} />
      {me.space && !grants && !error && <p aria-busy="true">Opening…</p>}
      {partner ? (
        <ProposeForm partnerName={partner.displayName} onProposed={replace} />
      ) : (
        <section class="card" aria-labelledby="propose-heading">
          <h2 id="propose-heading">Propose a therapist</h2>
          <p>
            A therapist joins only with both partners’ consent, so this opens once your partner has
            joined your space.
          </p>
        </section>
      )}
      {grants && grants.length > 0 && (
        <section class="card" aria-labelledby="grants-heading">
          <h2 id="grants-heading">Therapists for your space</h2>
          <ul class="item-list">
            {grants.map((grant) => (
              <TherapistGrantCard
                key={grant.id}
                grant={grant}
                myId={me.member.id}
                partnerName={partner?.displayName ?? 'Your partner'}
                onChanged={replace}
              />
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section class="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes from your therapist</h2>
          <TherapistNotes notes={notes} />
        </section>
      )}
      {me.space && (
        <section class="card" aria-labelledby="report-link-heading">
          <h2 id="report-link-heading">A report to bring along</h2>
          <p>
            Print, or save as a PDF, a report of a period you choose: your steps, how check-ins
            went, and the entries you marked for your therapist. You choose what else goes on it.
          </p>
          <Link href="/progress/report" class="button">
            Report for your therapist
          </Link>
        </section>
      )}
      <p>
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}

function ProposeForm({
  partnerName,
  onProposed,
}: {
  partnerName: string;
  onProposed: (grant: TherapistGrant) => void;
}) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);
  const labels = { email: 'The e-mail address' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim()) {
      setErrors({
        fields: { email: 'Please enter the therapist’s e-mail address.' },
        general: null,
      });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      const { grant } = await call(therapistOperations.proposeTherapist, { body: { email } });
      setEmail('');
      onProposed(grant);
      announce(`Proposed. Nothing is sent until ${partnerName} agrees.`);
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose a therapist</h2>
      <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="therapist-email"
          label="Therapist’s e-mail address"
          hint={`${partnerName} is asked to agree first. Nothing is sent to the therapist before that.`}
          type="email"
          autoComplete="off"
          value={email}
          onValue={setEmail}
          error={errors.fields['email']}
          required
        />
        <FormMessage message={errors.general} />
        <SubmitButton busy={busy} busyLabel="Proposing…">
          Propose this therapist
        </SubmitButton>
      </form>
    </section>
  );
}
