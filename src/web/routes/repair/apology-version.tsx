/**
 * One version of an apology, its four parts beside the words on how it
 * affected the hurt partner, with their answer (how understood they feel, and
 * whether they would like another try) and the form to give it.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Apology } from '../../api/types';
import { apologyOperations } from '../../../contract/operations/apologies';
import { FormMessage } from '../../components/form-message';
import { formatInstant } from '../../components/instants';
import { ImpactStatementBeside } from '../../components/repair/impact-beside';
import { focusSoon } from '../../components/repair/focus';
import type { People } from '../../components/repair/people';
import { RatingSeven } from '../../components/repair/rating-seven';
import { TextAreaField } from '../../components/repair/text-area-field';
import { VersionTitle } from '../../components/repair/version-title';
import { VersionState } from '../../components/repair/version-state';
import { APOLOGY_GUIDE, APOLOGY_HINT_TEXT, TEXT_LIMITS } from '../../components/repair/words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';

interface ApologyItemProps {
  apology: Apology;
  hurtName: string;
  people: People;
  onEdit: () => void;
  reload: () => Promise<void>;
}

export function ApologyItem({ apology, hurtName, people, onEdit, reload }: ApologyItemProps) {
  const headingId = `apology-version-${apology.id}`;
  const author = people.nameOf(apology.authorId);
  return (
    <article class="version wide" aria-labelledby={headingId}>
      <VersionTitle id={headingId} latest={apology.latest}>
        {people.isMe(apology.authorId) ? 'Your apology' : `${author}’s apology`}, version{' '}
        {apology.version}
      </VersionTitle>
      <p class="field__hint">Written {formatInstant(apology.createdAt)}</p>
      <div class="beside">
        <ImpactStatementBeside
          statement={apology.impactStatement}
          author={hurtName}
          besideVersion={apology.version}
        />
        <div class="beside__main">
          {APOLOGY_GUIDE.map((step, index) => (
            <div key={step.part} class="apology-part">
              <h4>
                {index + 1}. {step.title}
              </h4>
              <p class="quote">{apology.parts[step.part]}</p>
            </div>
          ))}
        </div>
      </div>
      {apology.hints.length > 0 && !apology.locked && (
        <aside class="note-box" aria-label={`A gentle thought on version ${apology.version}`}>
          {apology.hints.map((hint) => (
            <p key={hint}>{APOLOGY_HINT_TEXT[hint]}</p>
          ))}
          <p class="field__hint">Only you see this. It is a thought, never a rule.</p>
        </aside>
      )}
      {apology.rating && (
        <div class="answer">
          <p>
            <strong>
              {people.isMe(apology.rating.authorId)
                ? 'You feel understood'
                : `${people.nameOf(apology.rating.authorId)} feels understood`}
              : {apology.rating.understood} of 7.
            </strong>
          </p>
          {apology.rating.anotherTry && <p>Asked for another try.</p>}
          {apology.rating.comment && <p class="quote">{apology.rating.comment}</p>}
        </div>
      )}
      <VersionState
        locked={apology.locked}
        lockReason={apology.lockReason}
        mine={people.isMe(apology.authorId)}
        partnerName={hurtName}
      />
      {apology.can.edit && (
        <button type="button" class="button" onClick={onEdit}>
          Correct this version
        </button>
      )}
      {apology.can.rate && <RateForm apology={apology} people={people} reload={reload} />}
    </article>
  );
}

function RateForm({
  apology,
  people,
  reload,
}: {
  apology: Apology;
  people: People;
  reload: () => Promise<void>;
}) {
  const [understood, setUnderstood] = useState<number | null>(null);
  const [anotherTry, setAnotherTry] = useState(false);
  const [comment, setComment] = useState('');
  const author = people.nameOf(apology.authorId);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { understood: 'Your answer', comment: 'Your comment' },
    check: () => {
      const fields: Record<string, string> = {};
      if (understood === null) fields['understood'] = 'Please choose a number from 1 to 7.';
      if (anotherTry && !comment.trim()) {
        fields['comment'] = `Please say what would help ${author} try again.`;
      }
      return fields;
    },
    send: async () => {
      await call(apologyOperations.rateApology, {
        params: { apologyId: apology.id },
        body: { understood: understood!, anotherTry, comment },
      });
      await reload();
      focusSoon(`apology-version-${apology.id}`);
      announce(
        anotherTry
          ? `Your answer is shared. ${author} can try again with your words in mind.`
          : 'Your answer is shared.',
      );
    },
    busyAfterSuccess: true,
  });

  return (
    <form
      ref={formRef}
      class="form answer-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`rate-${apology.id}`}
    >
      <h4 id={`rate-${apology.id}`}>Your answer</h4>
      <RatingSeven
        name={`understood-${apology.id}`}
        question="I feel understood"
        low="not at all"
        high="fully"
        value={understood}
        onValue={setUnderstood}
        error={errors.fields['understood']}
      />
      <div class="field">
        <div class="check">
          <input
            type="checkbox"
            id={`another-try-${apology.id}`}
            checked={anotherTry}
            onChange={(event) => setAnotherTry(event.currentTarget.checked)}
            aria-describedby={`another-try-${apology.id}-hint`}
          />
          <label for={`another-try-${apology.id}`}>I would like another try</label>
        </div>
        <p id={`another-try-${apology.id}-hint`} class="field__hint">
          {author} can then write a new version. This one is kept, with your answer.
        </p>
      </div>
      <TextAreaField
        id={`rate-comment-${apology.id}`}
        label={anotherTry ? 'What would help' : 'A word, if you like'}
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
