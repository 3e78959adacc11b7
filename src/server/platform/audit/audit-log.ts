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
  | 'data.exported'
  | 'summary.viewed'
  | 'forecast.shared'
  | 'forecast.unshared'
  | 'trust-questionnaire.written'
  | 'trust-questionnaire.sharing';

/**
 * Actions that appear in the activity of the member who took them, and of
 * nobody else: a download of one's own data must not tell the partner
 * (docs/decisions/014-an-export-is-its-makers-own.md). Everything else in a
 * space's log is read by both partners.
 */
export const OWN_ACTIVITY_ONLY: readonly AuditAction[] = [
  'data.exported',
  'summary.viewed',
  // A questionnaire is private unless shared: even that one was written is its author's.
  'trust-questionnaire.written',
  'trust-questionnaire.sharing',
];

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
