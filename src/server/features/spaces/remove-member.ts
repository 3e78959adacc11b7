/**
 * What happens when a partner leaves a space, whether by leaving or by deleting
 * their account — one transaction, nobody's approval:
 * their membership ends, their open invites and the therapist grants they
 * proposed end, their private entries leave with them, the audit log records
 * it, and a space nobody is in any more is removed with everything in it.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { DB } from '../../platform/db/schema.js';
import { revokeGrantsProposedBy } from '../therapist/partner-leaves.js';
import { MEMBER_DATA_SOURCES } from '../your-data/sources.js';
import { countCurrentMembers, deleteSpace, endMembership, revokeOpenInvites } from './queries.js';

export async function removeMemberFromSpace(
  trx: Kysely<DB>,
  spaceId: string,
  memberId: string,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await endMembership(trx, spaceId, memberId, stamp);
  await revokeOpenInvites(trx, spaceId, stamp, memberId);
  await revokeGrantsProposedBy(trx, spaceId, memberId, stamp);
  for (const source of MEMBER_DATA_SOURCES) await source.onLeave?.(trx, spaceId, memberId);
  if ((await countCurrentMembers(trx, spaceId)) === 0) {
    await deleteSpace(trx, spaceId);
  } else {
    await recordAudit(trx, { spaceId, memberId, action: 'membership.left' }, now);
  }
}
