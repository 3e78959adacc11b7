/** A therapist's home: the couples who gave them access, both partners consenting. */
import { useEffect, useState } from 'preact/hooks';
import { therapistOperations } from '../../contract/operations/therapist';
import { call } from '../api/client';
import type { TherapistSpaceItem } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { formatDate } from '../components/instants';
import { Page } from '../components/page';
import { coupleName } from '../components/couple-name';
import { navigate } from '../router/router';
import { openCouple } from '../state/therapist-couple';

export function TherapistHomePage() {
  const [couples, setCouples] = useState<TherapistSpaceItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(therapistOperations.listTherapistSpaces)
      .then(({ items }) => setCouples(items))
      .catch((failure: unknown) => setError(formErrorsFrom(failure, {}).general));
  }, []);

  const open = (couple: TherapistSpaceItem) => {
    openCouple.set(couple);
    navigate(`/therapist/couples/${couple.id}`);
  };

  return (
    <Page title="Couples you support">
      <p class="lead">
        Couples who asked you in, both partners agreeing. You see only what they flag for you, and
        they see each time you read.
      </p>
      <FormMessage message={error} />
      {!couples && !error && <p aria-busy="true">Looking up your couples…</p>}
      {couples && couples.length === 0 && (
        <p>
          No couple has given you access right now. When a couple invites you, the link in their
          e-mail brings you here. If a couple ended your access, they no longer appear.
        </p>
      )}
      {couples && couples.length > 0 && (
        <ul class="item-list">
          {couples.map((couple) => (
            <li key={couple.id} class="item">
              <h2 class="item__title">{coupleName(couple)}</h2>
              {couple.since && <p class="muted">Since {formatDate(couple.since)}</p>}
              <button type="button" class="button button--primary" onClick={() => open(couple)}>
                Open {coupleName(couple)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
