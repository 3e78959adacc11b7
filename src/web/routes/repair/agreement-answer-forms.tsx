/**
 * Answering an agreement's pending version: declining it, with what would
 * make it work, or, for its writer, correcting it before it is answered.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Agreement, AgreementVersion } from '../../api/types';
import { agreementOperations } from '../../../contract/operations/agreements';
import { FormMessage } from '../../components/form-message';
import { TermsForm } from '../../components/repair/agreement-forms';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TextForm } from '../../components/repair/text-form';
import { TEXT_LIMITS } from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';

export function DeclineForm({
  version,
  onCancel,
  onDone,
}: {
  version: AgreementVersion;
  onCancel: () => void;
  onDone: (agreement: Agreement) => void;
}) {
  const [comment, setComment] = useState('');
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { comment: 'Your comment' },
    send: async () => {
      const { agreement } = await call(agreementOperations.declineAgreementVersion, {
        params: { versionId: version.id },
        body: { comment },
      });
      onDone(agreement);
    },
    busyAfterSuccess: true,
  });

  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        id="decline-comment"
        label="What would make it work for you (optional)"
        value={comment}
        onValue={setComment}
        max={TEXT_LIMITS.comment}
        rows={4}
        error={errors.fields['comment']}
      />
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel="Sending…">
          Send my answer
        </SubmitButton>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function EditProposal({
  version,
  today,
  onCancel,
  onDone,
}: {
  version: AgreementVersion;
  today: string;
  onCancel: () => void;
  onDone: (agreement: Agreement) => void;
}) {
  if (version.kind === 'retire') {
    return (
      <TextForm
        id="edit-retire"
        label="Why you would like to retire it (optional)"
        initial={version.text ?? ''}
        max={TEXT_LIMITS.comment}
        rows={3}
        submitLabel="Save the correction"
        busyLabel="Saving…"
        emptyMessage=""
        allowEmpty
        onCancel={onCancel}
        onSubmit={async (reason) => {
          const { agreement } = await call(agreementOperations.editAgreementProposal, {
            params: { versionId: version.id },
            body: { reason },
          });
          onDone(agreement);
        }}
      />
    );
  }
  return (
    <TermsForm
      id="edit-terms"
      label="Your corrected wording"
      initialText={version.text ?? ''}
      initialReviewOn={version.reviewOn}
      today={today}
      submitLabel="Save the correction"
      onCancel={onCancel}
      onSubmit={async (input) => {
        const { agreement } = await call(agreementOperations.editAgreementProposal, {
          params: { versionId: version.id },
          body: { text: input.text, reviewOn: input.reviewOn ?? null },
        });
        onDone(agreement);
      }}
    />
  );
}
