/**
 * Leaving the space, with one calm confirmation. A native modal dialog keeps
 * focus inside it, closes on Escape and returns focus to the button that
 * opened it.
 */
import { useRef, useState } from 'preact/hooks';
import { spaceOperations } from '../../contract/operations/spaces';
import { call } from '../api/client';
import { formErrorsFrom } from '../api/form-errors';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { inviteLink } from '../state/invite-link';
import { refreshSession } from '../state/session';
import { DownloadDataButton } from './download-data-button';
import { FormMessage } from './form-message';

export function LeaveSpace({ partnerName }: { partnerName: string | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const leave = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call(spaceOperations.leaveSpace);
      inviteLink.set(null);
      dialogRef.current?.close();
      await refreshSession();
      navigate('/');
      announce('You have left the space.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="leave-heading">
      <h2 id="leave-heading">Leave the space</h2>
      <p>
        You can leave whenever you need to. Nobody has to agree. You may want to download your data
        first.
      </p>
      <button type="button" class="button" onClick={() => dialogRef.current?.showModal()}>
        Leave the space…
      </button>
      <dialog ref={dialogRef} class="dialog" aria-labelledby="leave-dialog-heading">
        <h2 id="leave-dialog-heading">Leave your space?</h2>
        <p>
          Leaving takes effect at once and needs nobody’s approval.
          {partnerName
            ? ` ${partnerName} stays in the space; you will no longer see it or anything in it.`
            : ' As you are the only one in it, the space and what it holds will be deleted.'}
        </p>
        <p>
          You may want to download your data first: a file with your entries and the shared ones,
          for you to keep.
        </p>
        <div class="actions">
          <DownloadDataButton label="Download my data first" quiet />
        </div>
        <FormMessage message={error} />
        <div class="actions">
          <button
            type="button"
            class="button button--danger"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void leave()}
          >
            {busy ? 'Leaving…' : 'Yes, leave the space'}
          </button>
          <button type="button" class="button" onClick={() => dialogRef.current?.close()}>
            Stay
          </button>
        </div>
      </dialog>
    </section>
  );
}
