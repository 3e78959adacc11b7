/**
 * Inviting the partner: make a single-use link, copy it, send it however the
 * couple usually talks — or have Mend e-mail it (the mail says only "your
 * partner invited you"). Until the partner joins, Mend works for one.
 */
import { useState } from 'preact/hooks';
import { spaceOperations } from '../../contract/operations/spaces';
import { call } from '../api/client';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { announce } from '../state/announcer';
import { inviteLink } from '../state/invite-link';
import { refreshSession } from '../state/session';
import { useStore } from '../state/store';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';

const formatExpiry = (instant: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(instant),
  );

export function InviteCard({ invitePending }: { invitePending: boolean }) {
  const invite = useStore(inviteLink);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const makeLink = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      inviteLink.set(await call(spaceOperations.createInvite));
      announce('Your invite link is ready to copy.');
      await refreshSession();
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!invite) return;
    try {
      await navigator.clipboard.writeText(invite.url);
      announce('The link is copied. Send it to your partner.');
    } catch {
      document.getElementById('invite-url')?.focus();
      announce('Copying did not work here. The link is selected; copy it with your keyboard.');
    }
  };

  return (
    <section class="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite your partner</h2>
      <p>
        You can use Mend alone until your partner joins. When you are ready, send them a link. It
        works once and lasts seven days.
      </p>
      {invite ? (
        <div class="invite">
          <label for="invite-url">Your invite link</label>
          <input
            id="invite-url"
            class="invite__url"
            type="text"
            readOnly
            value={invite.url}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="invite-expiry"
          />
          <p id="invite-expiry" class="field__hint">
            Valid until {formatExpiry(invite.expiresAt)}.
          </p>
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => void copy()}>
              Copy link
            </button>
            <button type="button" class="button" onClick={() => void makeLink()}>
              Make a new link
            </button>
          </div>
          <SendInviteForm token={invite.token} />
        </div>
      ) : (
        <>
          {invitePending && (
            <p class="field__hint">
              A link you made earlier is still waiting. A new link replaces it.
            </p>
          )}
          <button
            type="button"
            class="button button--primary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void makeLink()}
          >
            {busy ? 'Making your link…' : 'Make an invite link'}
          </button>
        </>
      )}
      <FormMessage message={error} />
    </section>
  );
}

/** E-mails the link the member already made; the address is not kept beyond the mail. */
function SendInviteForm({ token }: { token: string }) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const labels = { email: 'Your partner’s e-mail' };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      await call(spaceOperations.sendInvite, { body: { token, email } });
      announce(`The link is on its way to ${email.trim()}.`);
      setEmail('');
    } catch (failure) {
      setErrors(formErrorsFrom(failure, labels));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="invite-email"
        label={labels.email}
        hint="Or let Mend e-mail the link. The e-mail says only that you invited them."
        type="email"
        autoComplete="off"
        value={email}
        onValue={setEmail}
        error={errors.fields['email']}
        required
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…" variant="secondary">
        E-mail the link
      </SubmitButton>
    </form>
  );
}
