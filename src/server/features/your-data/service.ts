/**
 * "Your data": download everything that is yours, read it as a printable
 * summary, or delete your account. All need a recent proof of identity
 * (step-up) and are rate-limited; all are written to the audit log. Deletion is complete within the request.
 */
import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../../../contract/your-data.js';
import type { Actor } from '../../platform/auth/actor.js';
import { findMembership } from '../../platform/auth/access.js';
import { requireRecentAuth } from '../../platform/auth/step-up.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, notFound } from '../../platform/http/problem.js';
import { addressLookup } from '../../platform/mail/outbox.js';
import { deleteOptOutsOf } from '../mail-preferences/service.js';
import { findMemberById } from '../accounts/reads.js';
import { findPartner } from '../spaces/reads.js';
import { removeMemberFromSpace } from '../spaces/remove-member.js';
import { MEMBER_DATA_SOURCES } from './sources.js';

const EXPORTS_PER_HOUR = 5;
const DELETIONS_PER_HOUR = 5;
/** Reading the summary is looser than downloading: people reopen it to print. */
const SUMMARIES_PER_HOUR = 30;
const HOUR_MS = 3_600_000;

export function yourDataService(deps: Deps) {
  const { db, clock, cipher, limiter, log } = deps;

  async function throttle(kind: string, perHour: number, memberId: string): Promise<void> {
    const hits = await limiter.hit(`${kind}:${memberId}`, HOUR_MS);
    if (hits.count > perHour) {
      throw new AppError({
        code: 'too-many-attempts',
        title: 'Please wait a little before trying again',
        retryAfter: Math.max(1, Math.ceil(hits.resetInMs / 1000)),
      });
    }
  }

  /** Everything that is the member's, with the audit row written first so it shows itself. */
  async function collect(
    actor: Actor,
    now: Date,
    action: 'data.exported' | 'summary.viewed',
  ): Promise<z.input<typeof ExportDocument>> {
    const member = await findMemberById(db, actor.memberId);
    if (!member) throw notFound();
    const membership = await findMembership(db, actor.memberId);
    const spaceId = membership?.spaceId ?? null;
    await recordAudit(db, { spaceId, memberId: actor.memberId, action }, now);
    const context = {
      db,
      cipher,
      memberId: actor.memberId,
      spaceId,
      reader: { role: 'partner' as const, memberId: actor.memberId },
      now,
      timeZone: member.timeZone,
    };
    const data: Record<string, Record<string, unknown>[]> = {};
    for (const source of MEMBER_DATA_SOURCES) {
      for (const [table, rows] of Object.entries(await source.export(context))) {
        data[table] = [...(data[table] ?? []), ...(rows as Record<string, unknown>[])];
      }
    }
    const partner = membership?.partnerId
      ? await findPartner(db, membership.spaceId, membership.partnerId)
      : null;
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      member,
      space: membership ? { id: membership.spaceId, partner: partner ?? null } : null,
      data,
    };
  }

  return {
    /** The file to download: counted against the download limit, shown as a download. */
    async export(actor: Actor): Promise<z.input<typeof ExportDocument>> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await throttle('export', EXPORTS_PER_HOUR, actor.memberId);
      const document = await collect(actor, now, 'data.exported');
      log.info({ memberId: actor.memberId }, 'data exported');
      return document;
    },

    /**
     * The same data for the printable summary, read on screen rather than
     * downloaded: its own, looser limit, and its own line in the maker's activity.
     */
    async summary(actor: Actor): Promise<z.input<typeof ExportDocument>> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await throttle('summary', SUMMARIES_PER_HOUR, actor.memberId);
      const document = await collect(actor, now, 'summary.viewed');
      log.info({ memberId: actor.memberId }, 'summary viewed');
      return document;
    },

    async deleteAccount(actor: Actor): Promise<void> {
      const now = clock.now();
      await requireRecentAuth(db, actor, now);
      await throttle('delete', DELETIONS_PER_HOUR, actor.memberId);
      const member = await findMemberById(db, actor.memberId);
      if (!member) throw notFound();
      await db.transaction().execute(async (trx) => {
        const membership = await findMembership(trx, actor.memberId);
        if (membership) await removeMemberFromSpace(trx, membership.spaceId, actor.memberId, now);
        // As a therapist: end access first, so no grant looks active without them.
        await trx
          .updateTable('therapistGrants')
          .set({ revokedAt: now.toISOString(), tokenHash: null })
          .where('therapistId', '=', actor.memberId)
          .where('revokedAt', 'is', null)
          .execute();
        await trx
          .deleteFrom('outbox')
          .where('toLookup', '=', addressLookup(cipher, member.email))
          .execute();
        // Kinds of mail turned off are keyed by the address, not the member.
        await deleteOptOutsOf(trx, cipher, member.email);
        // Jobs about the member (their reminders) have no foreign key: a job's
        // subject is any id. pg-boss's jobs stay, and find no member when they run.
        await trx.deleteFrom('jobs').where('subject', '=', actor.memberId).execute();
        // Everything else that is theirs goes by ON DELETE CASCADE; references
        // from the partner's rows are set to null, so the partner keeps their own.
        await trx.deleteFrom('members').where('id', '=', actor.memberId).execute();
      });
      log.info({ memberId: actor.memberId }, 'account deleted');
    },
  };
}

export type YourDataService = ReturnType<typeof yourDataService>;
