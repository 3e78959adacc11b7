/**
 * Roles are per breach, not per person (DESIGN.md §1): in one breach a partner
 * broke trust, in another they were hurt, and a breach can be mutual.
 *
 * A breach stores two member ids and a flag: `brokeTrustId` and `hurtId`, and
 * `mutual`. When mutual, each of the two both broke trust and was hurt. Either
 * id is null once that person deleted their account; they then hold no role.
 */

export type BreachRole = 'broke-trust' | 'hurt';

/** Who broke trust, as the person recording the breach says it. */
export type BrokeTrustChoice = 'me' | 'partner' | 'both';

export interface BreachPartyColumns {
  brokeTrustId: string | null;
  hurtId: string | null;
  mutual: boolean;
}

export interface BreachParties {
  brokeTrust: string[];
  hurt: string[];
}

const present = (ids: (string | null)[]) => ids.filter((id): id is string => id !== null);

export function partiesOf(breach: BreachPartyColumns): BreachParties {
  if (breach.mutual) {
    const both = present([breach.brokeTrustId, breach.hurtId]);
    return { brokeTrust: both, hurt: [...both] };
  }
  return { brokeTrust: present([breach.brokeTrustId]), hurt: present([breach.hurtId]) };
}

export function rolesOf(parties: BreachParties, memberId: string): BreachRole[] {
  const roles: BreachRole[] = [];
  if (parties.brokeTrust.includes(memberId)) roles.push('broke-trust');
  if (parties.hurt.includes(memberId)) roles.push('hurt');
  return roles;
}

/** The stored columns for a new breach, from the recorder's point of view. */
export function partyColumnsFor(
  choice: BrokeTrustChoice,
  recorderId: string,
  partnerId: string,
): BreachPartyColumns {
  switch (choice) {
    case 'me':
      return { brokeTrustId: recorderId, hurtId: partnerId, mutual: false };
    case 'partner':
      return { brokeTrustId: partnerId, hurtId: recorderId, mutual: false };
    case 'both':
      return { brokeTrustId: recorderId, hurtId: partnerId, mutual: true };
  }
}

/**
 * Whose words answer whose: the hurt partner(s) who answer `authorId`'s
 * acknowledgment or apology — every hurt party of the breach except the author.
 */
export function answerersFor(parties: BreachParties, authorId: string): string[] {
  return parties.hurt.filter((id) => id !== authorId);
}

/**
 * A breach is "in play" for the path when every party is a current partner of
 * the space and someone other than each partner who broke trust was hurt. A
 * breach with a former partner, or whose other party deleted their account,
 * is history: it stays readable but no longer decides where the couple stands.
 */
export function isInPlay(parties: BreachParties, currentPartners: readonly string[]): boolean {
  const everyone = [...parties.brokeTrust, ...parties.hurt];
  if (parties.brokeTrust.length === 0 || parties.hurt.length === 0) return false;
  if (!everyone.every((id) => currentPartners.includes(id))) return false;
  return parties.brokeTrust.every((id) => answerersFor(parties, id).length > 0);
}
