/**
 * A therapist's way into a space: proposed by one partner, consented to by the
 * other, accepted by the therapist through a single-use link. Either partner
 * revokes alone, at once. Pure state, derived from the grant's timestamps.
 */

export type GrantStatus =
  'awaiting-consent' | 'declined' | 'invited' | 'invite-expired' | 'active' | 'revoked';

export interface GrantFacts {
  consentedAt: Date | null;
  declinedAt: Date | null;
  tokenExpiresAt: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export const THERAPIST_LINK_LIFETIME_DAYS = 7;

export function grantStatus(grant: GrantFacts, now: Date): GrantStatus {
  if (grant.revokedAt) return 'revoked';
  if (grant.declinedAt) return 'declined';
  if (grant.acceptedAt) return 'active';
  if (grant.consentedAt) {
    return grant.tokenExpiresAt && now.getTime() >= grant.tokenExpiresAt.getTime()
      ? 'invite-expired'
      : 'invited';
  }
  return 'awaiting-consent';
}

/** Still standing: counts toward the limit of open grants and can be revoked. */
export function isOpen(status: GrantStatus): boolean {
  return status === 'awaiting-consent' || status === 'invited' || status === 'active';
}

/** An open grant, or an unused link that expired, can still be ended by a partner. */
export function isRevocable(status: GrantStatus): boolean {
  return isOpen(status) || status === 'invite-expired';
}
