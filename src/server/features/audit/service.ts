/**
 * Reading the audit log: both partners see every therapist read and
 * membership change in their space; a member's exports only they see. Rows
 * are written where the change happens (platform/audit/audit-log.ts), in the
 * same transaction.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { listAudit } from './queries.js';

export function auditService({ db }: Deps) {
  return {
    async list(actor: Actor) {
      const access = await requireAccess(db, actor, 'audit.read');
      return listAudit(db, access.spaceId, actor.memberId);
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
