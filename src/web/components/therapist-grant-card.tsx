/**
 * One therapist invitation or access, as a partner sees it: where it stands in
 * plain words, and only the buttons the server says this reader may use
 * (`canConsent`, `canRevoke`).
 */
import { useRef, useState } from 'preact/hooks';
import { therapistOperations } from '../../contract/operations/therapist';
import { call } from '../api/client';
import type { TherapistGrant } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { announce } from '../state/announcer';
import { FormMessage } from './form-message';
import { formatDate } from './instants';

/** What a partner can do with a grant; each answers with the grant as it now is. */
type GrantAction = (typeof therapistOperations)[GrantVerb];
type GrantVerb = 'consentToTherapist' | 'declineTherapist' | 'revokeTherapist';

interface GrantCardProps {
  grant: TherapistGrant;
  myId: string;
  partnerName: string;
  onChanged: (grant: TherapistGrant) => void;
}

function describe(grant: TherapistGrant, myId: string, partnerName: string): string {
  const mine = grant.proposedBy === myId;
  const proposer = mine ? 'You' : grant.proposedBy ? partnerName : 'A former partner';
  switch (grant.status) {
    case 'awaiting-consent':
      return mine
        ? `Waiting for ${partnerName} to agree. Nothing is sent to the therapist unless they do.`
        : `${partnerName} would like this therapist to join you. Nothing happens unless you agree.`;
    case 'declined':
      return `${proposer} proposed this therapist; it was declined, so nothing was sent.`;
    case 'invited':
      return 'You both agreed. The therapist has been e-mailed a link that works once, for seven days, and only for an account with that address. They see nothing until they accept.';
    case 'invite-expired':
      return 'The invitation expired before the therapist used it. They see nothing.';
    case 'active':
      return `${grant.therapistName ?? 'The therapist'} can read the shared entries either of you flag for them${
        grant.acceptedAt ? `, since ${formatDate(grant.acceptedAt)}` : ''
      }, and can write notes to you both.`;
    case 'revoked':
      return `${grant.therapistName ? `${grant.therapistName}’s access ended` : 'Ended'}${
        grant.revokedAt ? ` on ${formatDate(grant.revokedAt)}` : ''
      }. The therapist sees nothing any more.`;
  }
}

const STATUS_WORDS: Record<TherapistGrant['status'], string> = {
  'awaiting-consent': 'Waiting for agreement',
  declined: 'Declined',
  invited: 'Invited',
  'invite-expired': 'Invitation expired',
  active: 'Can see flagged entries',
  revoked: 'Ended',
};

export function TherapistGrantCard({ grant, myId, partnerName, onChanged }: GrantCardProps) {
  const confirmRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (
    kind: 'consent' | 'decline' | 'revoke',
    operation: GrantAction,
    said: string,
  ) => {
    if (busy) return;
    setBusy(kind);
    setError(null);
    try {
      const answer = await call(operation, { params: { grantId: grant.id } });
      confirmRef.current?.close();
      onChanged(answer.grant);
      announce(said);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  const endLabel = grant.status === 'active' ? 'End access now' : 'Withdraw the invitation';
  return (
    <li class="item">
      <h3 class="item__title">
        {grant.therapistName ?? grant.email} <span class="tag">{STATUS_WORDS[grant.status]}</span>
      </h3>
      {grant.therapistName && <p class="muted">{grant.email}</p>}
      <p>{describe(grant, myId, partnerName)}</p>
      <FormMessage message={error} />
      {(grant.canConsent || grant.canRevoke) && (
        <div class="actions">
          {grant.canConsent && (
            <>
              <button
                type="button"
                class="button button--primary"
                aria-disabled={busy ? 'true' : undefined}
                onClick={() =>
                  void act(
                    'consent',
                    therapistOperations.consentToTherapist,
                    'You agreed. The therapist is e-mailed an invitation.',
                  )
                }
              >
                {busy === 'consent' ? 'Saving…' : 'I agree'}
              </button>
              <button
                type="button"
                class="button"
                aria-disabled={busy ? 'true' : undefined}
                onClick={() =>
                  void act(
                    'decline',
                    therapistOperations.declineTherapist,
                    'You said no. Nothing was sent.',
                  )
                }
              >
                {busy === 'decline' ? 'Saving…' : 'No, thank you'}
              </button>
            </>
          )}
          {grant.canRevoke && !grant.canConsent && (
            <button
              type="button"
              class="button"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => confirmRef.current?.showModal()}
            >
              {endLabel}…
            </button>
          )}
        </div>
      )}
      {grant.canRevoke && !grant.canConsent && (
        <dialog ref={confirmRef} class="dialog" aria-labelledby={`end-${grant.id}-heading`}>
          <h2 id={`end-${grant.id}-heading`}>
            {grant.status === 'active'
              ? 'End this therapist’s access?'
              : 'Withdraw the invitation?'}
          </h2>
          <p>
            {grant.status === 'active'
              ? `${grant.therapistName ?? 'The therapist'} will see nothing from the moment you end it. You can do this alone.`
              : 'The link the therapist was sent stops working at once. You can do this alone.'}
          </p>
          <p>
            Undoing it is not one click: asking them in again needs both of you to agree again, and
            a new invitation.
          </p>
          <FormMessage message={error} />
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() =>
                void act(
                  'revoke',
                  therapistOperations.revokeTherapist,
                  grant.status === 'active'
                    ? 'Access ended. The therapist sees nothing from now on.'
                    : 'The invitation is withdrawn.',
                )
              }
            >
              {busy === 'revoke'
                ? 'Ending…'
                : grant.status === 'active'
                  ? 'Yes, end access now'
                  : 'Yes, withdraw it'}
            </button>
            <button type="button" class="button" onClick={() => confirmRef.current?.close()}>
              Keep it
            </button>
          </div>
        </dialog>
      )}
    </li>
  );
}
