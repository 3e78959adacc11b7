/**
 * Home's therapist cards. Partners: the latest note their therapist wrote, when
 * there is one. Anyone who is a therapist: the couples they support.
 */
import { useEffect, useState } from 'preact/hooks';
import { therapistOperations } from '../../contract/operations/therapist';
import { call } from '../api/client';
import type { TherapistNoteItem, TherapistSpaceItem } from '../api/types';
import { Link } from '../router/link';
import { coupleName } from './couple-name';
import { TherapistNotes } from './therapist-notes';

export function LatestTherapistNote() {
  const [latest, setLatest] = useState<TherapistNoteItem | null>(null);
  useEffect(() => {
    call(therapistOperations.listTherapistNotesForPartners)
      .then(({ items }) => {
        const sorted = [...items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
        setLatest(sorted[0] ?? null);
      })
      .catch(() => undefined);
  }, []);
  if (!latest) return null;
  return (
    <section class="card" aria-labelledby="latest-note-heading">
      <h2 id="latest-note-heading">From your therapist</h2>
      <TherapistNotes notes={[latest]} />
      <Link href="/settings/therapist">All notes and your therapist settings</Link>
    </section>
  );
}

export function CouplesYouSupport() {
  const [couples, setCouples] = useState<TherapistSpaceItem[]>([]);
  useEffect(() => {
    call(therapistOperations.listTherapistSpaces)
      .then(({ items }) => setCouples(items))
      .catch(() => undefined);
  }, []);
  if (couples.length === 0) return null;
  return (
    <section class="card" aria-labelledby="couples-heading">
      <h2 id="couples-heading">As a therapist</h2>
      <p>
        You support {couples.map(coupleName).join('; ')}.{' '}
        <Link href="/therapist">Open the couples you support</Link>
      </p>
    </section>
  );
}
