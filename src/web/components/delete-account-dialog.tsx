/**
 * Deleting the account: one calm, serious confirmation that says what goes
 * and what stays, then the step-up if the server asks for it. Afterwards the
 * app forgets everything it held and shows the welcome page.
 */
import { useRef, useState } from 'preact/hooks';
import { yourDataOperations } from '../../contract/operations/your-data';
import { call } from '../api/client';
import { formErrorsFrom } from '../api/form-errors';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { markSignedOut } from '../state/session';
import { withStepUp } from '../state/step-up';
import { FormMessage } from './form-message';

export function DeleteAccount({ partnerName }: { partnerName: string | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await withStepUp(() => call(yourDataOperations.deleteAccount));
      dialogRef.current?.close();
      markSignedOut();
      navigate('/', { replace: true });
      announce('Your account and everything that was yours are deleted. Take good care.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        class="button button--danger"
        onClick={() => {
          setError(null);
          dialogRef.current?.showModal();
        }}
      >
        Delete my account…
      </button>
      <dialog ref={dialogRef} class="dialog" aria-labelledby="delete-dialog-heading">
        <h2 id="delete-dialog-heading">Delete your account?</h2>
        <p>This removes, at once and for good:</p>
        <ul class="plain-list">
          <li>your account, your name and your e-mail address;</li>
          <li>your private entries and your safety check;</li>
          <li>the shared entries you wrote;</li>
          <li>your signed-in devices and any invite links you made.</li>
        </ul>
        <p>
          {partnerName
            ? `${partnerName} keeps the space and their own entries.`
            : 'If you are alone in your space, the space goes too.'}{' '}
          It cannot be undone. You may want to download your data first.
        </p>
        <FormMessage message={error} />
        <div class="actions">
          <button
            type="button"
            class="button button--danger"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void remove()}
          >
            {busy ? 'Deleting…' : 'Yes, delete my account'}
          </button>
          <button type="button" class="button" onClick={() => dialogRef.current?.close()}>
            Keep my account
          </button>
        </div>
      </dialog>
    </>
  );
}
