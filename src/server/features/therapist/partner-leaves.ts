/**
 * What a partner's leaving ends of the therapist access: the grants they
 * proposed that are still waiting or in use. Spaces call it inside the transaction that ends
 * the membership (`spaces/remove-member.ts`); the grant lifecycle itself is in
 * `grant-service.ts`.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Ends the grants one partner proposed, when they leave the space. */
export async function revokeGrantsProposedBy(
  db: Kysely<DB>,
  spaceId: string,
  memberId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('therapistGrants')
    .set({ revokedAt: now, revokedBy: memberId, tokenHash: null })
    .where('spaceId', '=', spaceId)
    .where('proposedBy', '=', memberId)
    .where('revokedAt', 'is', null)
    .where('declinedAt', 'is', null)
    .execute();
}
