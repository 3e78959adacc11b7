/**
 * Roles belong to a breach, not to a person: one sentence saying who is who
 * in this breach, from the reader's side.
 */
import type { Breach } from '../../api/types';
import type { People } from './people';

export function roleLine(breach: Breach, people: People): string {
  if (breach.mutual) {
    return 'A mutual breach: each of you broke trust, and each of you was hurt.';
  }
  if (breach.myRoles.includes('broke-trust')) {
    return `In this breach, you are the partner who broke trust, and ${people.partnerName} is the hurt partner.`;
  }
  if (breach.myRoles.includes('hurt')) {
    return `In this breach, you are the hurt partner, and ${people.partnerName} is the partner who broke trust.`;
  }
  return 'This breach was recorded with a former partner. It stays here as part of your history.';
}

/** The partners who answer what `authorId` wrote in this breach (the hurt, other than them). */
export const answerersOf = (breach: Breach, authorId: string): string[] =>
  breach.hurt.filter((id) => id !== authorId);
