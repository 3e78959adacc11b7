/**
 * The space's audit log as one partner reads it, newest first: everything in
 * the space but the other partner's own-activity events (their exports).
 * Scoped by space like every couple query.
 */
import type { Kysely } from 'kysely';
import { OWN_ACTIVITY_ONLY } from '../../platform/audit/audit-log.js';
import type { DB } from '../../platform/db/schema.js';

export function listAudit(db: Kysely<DB>, spaceId: string, readerId: string) {
  return db
    .selectFrom('auditEvents')
    .leftJoin('members', 'members.id', 'auditEvents.memberId')
    .select([
      'auditEvents.id',
      'auditEvents.memberId',
      'auditEvents.action',
      'auditEvents.subject',
      'auditEvents.createdAt',
      'members.displayName as memberName',
    ])
    .where('auditEvents.spaceId', '=', spaceId)
    .where((eb) =>
      eb.or([
        eb('auditEvents.action', 'not in', OWN_ACTIVITY_ONLY),
        eb('auditEvents.memberId', '=', readerId),
      ]),
    )
    .orderBy('auditEvents.createdAt', 'desc')
    .orderBy('auditEvents.id', 'desc')
    .limit(500)
    .execute();
}
