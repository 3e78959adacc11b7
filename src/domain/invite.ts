/** Invitations into a space: single-use, valid for seven days. */

export const INVITE_LIFETIME_DAYS = 7;

export type InviteState = 'usable' | 'used' | 'expired' | 'revoked';

export interface InviteFacts {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export function inviteExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITE_LIFETIME_DAYS * 86_400_000);
}

/** Used beats revoked beats expired: the most specific reason is the one we tell. */
export function inviteState(invite: InviteFacts, now: Date): InviteState {
  if (invite.usedAt) return 'used';
  if (invite.revokedAt) return 'revoked';
  if (now.getTime() >= invite.expiresAt.getTime()) return 'expired';
  return 'usable';
}
