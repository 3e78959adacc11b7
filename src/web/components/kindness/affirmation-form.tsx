/**
 * Send an affirmation: a phrase from the library, as it is or adapted in the
 * sender's own words. The phrases are grouped (commitment, appreciation,
 * safety, the future); choosing one puts its words in the field to adapt.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Note } from '../../api/types';
import { TEXT_LIMITS } from '../../../contract/limits';
import { kindnessOperations } from '../../../contract/operations/kindness';
import { announce } from '../../state/announcer';
import { FormMessage } from '../form-message';
import { TextAreaField } from '../repair/text-area-field';
import { SubmitButton } from '../submit-button';
import { useFormSubmit } from '../use-form-submit';
import { AFFIRMATION_GROUPS, AFFIRMATION_GROUP_LABELS, AFFIRMATIONS } from './note-words';

export function AffirmationForm({
  partnerName,
  onSent,
  answersRequestId,
}: {
  partnerName: string;
  onSent: (note: Note) => void;
  answersRequestId?: string;
}) {
  const [phraseId, setPhraseId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const idPrefix = answersRequestId ? 'answer-affirmation' : 'affirmation';
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { phraseId: 'The affirmation', text: 'Its words' },
    check: (): Record<string, string> =>
      phraseId ? {} : { phraseId: 'Please choose an affirmation.' },
    send: async () => {
      const phrase = AFFIRMATIONS.find((p) => p.id === phraseId);
      if (!phrase) return;
      // Unchanged words go as the phrase itself; adapted ones as written.
      const adapted = text.trim() && text.trim() !== phrase.text ? { text } : {};
      const { note } = await call(kindnessOperations.sendNote, {
        body: {
          kind: 'affirmation',
          phraseId: phrase.id,
          ...adapted,
          ...(answersRequestId ? { answersRequestId } : {}),
        },
      });
      onSent(note);
      setPhraseId(null);
      setText('');
      announce(`Sent to ${partnerName}.`);
    },
  });
  const choose = (id: string) => {
    setPhraseId(id);
    setText(AFFIRMATIONS.find((p) => p.id === id)?.text ?? '');
  };
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <fieldset
        class={`choices choices--list${errors.fields['phraseId'] ? ' field--invalid' : ''}`}
        aria-describedby={errors.fields['phraseId'] ? `${idPrefix}-error` : undefined}
      >
        <legend>Choose an affirmation</legend>
        {AFFIRMATION_GROUPS.map((group) => (
          <details key={group} class="disclosure" open={group === 'commitment'}>
            <summary>{AFFIRMATION_GROUP_LABELS[group]}</summary>
            <div class="choices__options">
              {AFFIRMATIONS.filter((p) => p.group === group).map((phrase) => {
                const id = `${idPrefix}-${phrase.id.replace('.', '-')}`;
                return (
                  <span class="choices__option" key={phrase.id}>
                    <input
                      type="radio"
                      name={idPrefix}
                      id={id}
                      checked={phraseId === phrase.id}
                      onChange={() => choose(phrase.id)}
                    />
                    <label for={id}>{phrase.text}</label>
                  </span>
                );
              })}
            </div>
          </details>
        ))}
        {errors.fields['phraseId'] && (
          <p id={`${idPrefix}-error`} class="field__error">
            {errors.fields['phraseId']}
          </p>
        )}
      </fieldset>
      {phraseId && (
        <TextAreaField
          id={`${idPrefix}-text`}
          label="In your own words, if you like"
          hint="Send it as it is, or change it so it sounds like you."
          value={text}
          onValue={setText}
          max={TEXT_LIMITS.note}
          rows={2}
          error={errors.fields['text']}
        />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send the affirmation
      </SubmitButton>
    </form>
  );
}
