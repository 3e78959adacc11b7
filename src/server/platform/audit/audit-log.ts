/**
 * The audit log: therapist reads, exports and membership changes, with ids and
 * an action name, never content. Written with the same transaction handle as
 * the change it records, so the two commit or roll back together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';

export type AuditAction =
  | 'space.created'
  | 'membership.joined'
  | 'membership.left'
  | 'therapist.proposed'
  | 'therapist.consented'
  | 'therapist.declined'
  | 'therapist.accepted'
  | 'therapist.revoked'
  | 'therapist.read'
  | 'therapist.note'
  | 'data.exported';

export interface AuditEvent {
  spaceId: string | null;
  memberId: string;
  action: AuditAction;
  /** What was touched, by kind or id (e.g. "entries"), never text. */
  subject?: string;
}

export async function recordAudit(db: Kysely<DB>, event: AuditEvent, now: Date): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({
      id: newId(now.getTime()),
      spaceId: event.spaceId,
      memberId: event.memberId,
      action: event.action,
      subject: event.subject ?? null,
      createdAt: now.toISOString(),
    })
    .execute();
}
