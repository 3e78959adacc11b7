/**
 * Send a thoughtful note, or log a gesture with an optional word. Notes are
 * shared by nature: the form says so, and offers no "only me".
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Note } from '../../api/types';
import { TEXT_LIMITS } from '../../../contract/limits';
import type { GestureKindWord } from '../../../contract/kindness/words';
import { kindnessOperations } from '../../../contract/operations/kindness';
import { announce } from '../../state/announcer';
import { ChoiceGroup } from '../choice-group';
import { FormMessage } from '../form-message';
import { TextAreaField } from '../repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../repair/therapist-flag';
import { SubmitButton } from '../submit-button';
import { useFormSubmit } from '../use-form-submit';
import { GESTURE_KINDS, GESTURE_LABELS } from './note-words';

type Kind = 'note' | 'gesture';

export function NoteForm({
  partnerName,
  onSent,
  answersRequestId,
}: {
  partnerName: string;
  onSent: (note: Note) => void;
  /** The partner's request for reassurance this note answers, if any. */
  answersRequestId?: string;
}) {
  const hasTherapist = useHasTherapist();
  const [kind, setKind] = useState<Kind>('note');
  const [gesture, setGesture] = useState<GestureKindWord | null>(null);
  const [text, setText] = useState('');
  const [therapist, setTherapist] = useState(false);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { text: 'The note', gestureKind: 'The kind of gesture' },
    check: () => {
      const fields: Record<string, string> = {};
      if (kind === 'note' && !text.trim()) fields['text'] = 'Please write your note.';
      if (kind === 'gesture' && !gesture) fields['gestureKind'] = 'Please choose what you did.';
      return fields;
    },
    send: async () => {
      const { note } = await call(kindnessOperations.sendNote, {
        body: {
          kind,
          ...(kind === 'gesture' && gesture ? { gestureKind: gesture } : {}),
          ...(text.trim() ? { text } : {}),
          ...(answersRequestId ? { answersRequestId } : {}),
          therapistMaySee: therapist,
        },
      });
      onSent(note);
      setText('');
      setGesture(null);
      setTherapist(false);
      announce(
        kind === 'note' ? `Sent to ${partnerName}.` : `Logged, and shared with ${partnerName}.`,
      );
    },
  });
  const idPrefix = answersRequestId ? 'answer' : 'note';
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <ChoiceGroup<Kind>
        name={`${idPrefix}-kind`}
        legend="What would you like to share?"
        choices={[
          { value: 'note', label: 'A note' },
          { value: 'gesture', label: 'A gesture I made' },
        ]}
        value={kind}
        onValue={setKind}
      />
      {kind === 'gesture' && (
        <ChoiceGroup<GestureKindWord | null>
          name={`${idPrefix}-gesture`}
          legend="What kind of gesture?"
          choices={GESTURE_KINDS.map((value) => ({ value, label: GESTURE_LABELS[value] }))}
          value={gesture}
          onValue={setGesture}
          error={errors.fields['gestureKind']}
        />
      )}
      <TextAreaField
        id={`${idPrefix}-text`}
        label={kind === 'note' ? 'Your note' : 'A word about it, if you like'}
        hint={`${partnerName} can read it: notes are always shared.`}
        value={text}
        onValue={setText}
        max={TEXT_LIMITS.note}
        rows={3}
        required={kind === 'note'}
        error={errors.fields['text']}
      />
      {hasTherapist && (
        <TherapistFlag id={`${idPrefix}-therapist`} checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Sending…">
        {kind === 'note' ? 'Send the note' : 'Share the gesture'}
      </SubmitButton>
    </form>
  );
}
