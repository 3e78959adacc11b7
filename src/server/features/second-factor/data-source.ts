/**
 * The member's second factors in the export: that they exist and when they
 * were made or used. Never a TOTP secret, a recovery-code hash, a passkey's
 * public key or credential id, a challenge or a ticket hash.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';

export const secondFactorDataSource: MemberDataSource = {
  async export({ db, memberId }) {
    const [totp, codes, passkeys, challenges, tickets] = await Promise.all([
      db
        .selectFrom('totpFactors')
        .select(['id', 'createdAt', 'confirmedAt'])
        .where('memberId', '=', memberId)
        .orderBy('createdAt')
        .execute(),
      db
        .selectFrom('recoveryCodes')
        .select(['id', 'createdAt', 'usedAt'])
        .where('memberId', '=', memberId)
        .orderBy('createdAt')
        .execute(),
      db
        .selectFrom('passkeys')
        .select(['id', 'label', 'createdAt', 'lastUsedAt'])
        .where('memberId', '=', memberId)
        .orderBy('createdAt')
        .execute(),
      db
        .selectFrom('webauthnChallenges')
        .select(['id', 'purpose', 'createdAt', 'expiresAt'])
        .where('memberId', '=', memberId)
        .orderBy('createdAt')
        .execute(),
      db
        .selectFrom('signInTickets')
        .select(['id', 'createdAt', 'expiresAt'])
        .where('memberId', '=', memberId)
        .orderBy('createdAt')
        .execute(),
    ]);
    return {
      totp_factors: totp,
      recovery_codes: codes,
      passkeys,
      webauthn_challenges: challenges,
      sign_in_tickets: tickets,
    };
  },
};
