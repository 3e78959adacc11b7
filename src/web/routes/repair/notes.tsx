/**
 * Notes and gestures (step 6): a thoughtful note to the partner, or a gesture
 * logged with an optional word, and the partner's "This meant something to
 * me". Everything here is shared by nature; nothing is counted or compared.
 */
import { call } from '../../api/client';
import type { MeAnswer, Note } from '../../api/types';
import { kindnessOperations } from '../../../contract/operations/kindness';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { NoteForm } from '../../components/kindness/note-form';
import { NoteItem } from '../../components/kindness/note-item';
import { Link } from '../../router/link';
import { useLiveUpdates } from '../../state/live-updates';

export function NotesScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(kindnessOperations.listNotes)).items);
  useLiveUpdates(['note-sent', 'note-appreciated'], () => loaded.reload());
  const items = loaded.data;
  const replace = (changed: Note) =>
    loaded.set((items ?? []).map((item) => (item.id === changed.id ? changed : item)));
  return (
    <Page title="Notes and gestures">
      <RepairNav />
      <aside class="note-box" aria-labelledby="notes-about-heading">
        <h2 id="notes-about-heading">Small kindnesses, noticed</h2>
        <p>
          Trust grows back through care that is shown, not only promised. Send {people.partnerName}{' '}
          a few words, or note something you did for them — time together, a hand with something,
          being there. When something {people.partnerName} sent meant something to you, you can say
          so. There is no count to keep up.
        </p>
        <p>
          Want to reassure {people.partnerName}? <Link href="/reassurance">Affirmations</Link> are
          ready to send as they are or in your own words.
        </p>
      </aside>
      <section class="card" aria-labelledby="send-note-heading">
        <h2 id="send-note-heading">Send a note or share a gesture</h2>
        <NoteForm
          partnerName={people.partnerName}
          onSent={(sent) => loaded.set([sent, ...(items ?? [])])}
        />
      </section>
      <section aria-labelledby="note-list-heading">
        <h2 id="note-list-heading">Between you</h2>
        <LoadState loaded={loaded} busyText="Opening your notes…" />
        {items && items.length === 0 && <p class="muted">Nothing yet.</p>}
        {items && items.length > 0 && (
          <ul class="item-list">
            {items.map((note) => (
              <NoteItem key={note.id} note={note} people={people} onChanged={replace} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
