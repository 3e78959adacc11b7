/**
 * One note, gesture or affirmation between the partners: who sent it, when,
 * its words, and the partner's "This meant something to me". Only the one it
 * was for can say so, once; a second tap changes nothing.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import type { Note } from '../../api/types';
import { kindnessOperations } from '../../../contract/operations/kindness';
import { announce } from '../../state/announcer';
import { FormMessage } from '../form-message';
import { formatInstant } from '../instants';
import type { People } from '../repair/people';
import { noteKindWords } from './note-words';

export function NoteItem({
  note,
  people,
  onChanged,
}: {
  note: Note;
  people: People;
  onChanged: (note: Note) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = people.isMe(note.sentBy);
  const appreciate = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call(kindnessOperations.appreciateNote, {
        params: { noteId: note.id },
      });
      onChanged(answer.note);
      announce(`${people.nameOf(note.sentBy)} will see that this meant something to you.`);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="item" id={`note-${note.id}`}>
      <p class="field__hint">
        {people.nameOf(note.sentBy)} · {noteKindWords(note)} ·{' '}
        <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
      </p>
      {note.text && <p class="quote">{note.text}</p>}
      {note.appreciatedAt ? (
        <p class="muted">
          {mine
            ? `${people.partnerName} said this meant something to them.`
            : 'You said this meant something to you.'}
        </p>
      ) : (
        !mine && (
          <div class="actions">
            <button
              type="button"
              class="button"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => void appreciate()}
            >
              This meant something to me
            </button>
          </div>
        )
      )}
      <FormMessage message={error} />
    </li>
  );
}
