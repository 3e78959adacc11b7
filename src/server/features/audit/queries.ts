/** The space's audit log, newest first. Scoped by space like every couple query. */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export function listAudit(db: Kysely<DB>, spaceId: string) {
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
    .orderBy('auditEvents.createdAt', 'desc')
    .orderBy('auditEvents.id', 'desc')
    .limit(500)
    .execute();
}
