/** "Alex and Sam": a couple as a therapist sees them, by the partners' names. */
import type { TherapistSpaceItem } from '../api/types';

export function coupleName(couple: TherapistSpaceItem): string {
  const names = couple.partners.map((partner) => partner.displayName);
  if (names.length === 0) return 'A couple';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
