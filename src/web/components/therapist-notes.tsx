/** Notes a therapist wrote to the couple, newest first, as text only. */
import type { TherapistNoteItem } from '../api/types';
import { formatInstant } from './instants';

export function TherapistNotes({ notes, myId }: { notes: TherapistNoteItem[]; myId?: string }) {
  const sorted = [...notes].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <ul class="item-list" aria-label="Notes">
      {sorted.map((note) => (
        <li key={note.id} class="item">
          <article aria-label={`Note of ${formatInstant(note.createdAt)}`}>
            <p class="muted">
              {note.authorId && note.authorId === myId
                ? 'You'
                : (note.authorName ?? 'Your therapist')}
              , {formatInstant(note.createdAt)}
            </p>
            <blockquote class="quote">{note.text}</blockquote>
          </article>
        </li>
      ))}
    </ul>
  );
}
