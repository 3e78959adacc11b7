/**
 * The grant's lifecycle, only with both partners' consent (DESIGN.md §2): one
 * partner proposes by e-mail, the other consents (or declines), the therapist
 * accepts through a single-use link sent by e-mail. Either partner revokes
 * alone; the access check reads the grant on every request, so revocation
 * holds from the therapist's next request. Every step is in the audit log.
 */
import type { z } from 'zod';
import type { TherapistGrant } from '../../../contract/therapist.js';
import {
  grantStatus,
  isOpen,
  isRevocable,
  THERAPIST_LINK_LIFETIME_DAYS,
} from '../../../domain/therapist-grant.js';
import type { Actor } from '../../platform/auth/actor.js';
import { findMembership, requireAccess } from '../../platform/auth/access.js';
import { refuseOperator } from '../../platform/auth/operator.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { holdSpace } from '../../platform/db/hold.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { findMemberById } from '../accounts/reads.js';
import type { SafetyService } from '../safety/service.js';
import {
  currentPartners,
  findGrant,
  insertGrant,
  listGrants,
  unsafeFindGrantByTokenHash,
  updateGrant,
  type GrantRow,
} from './queries.js';

const MAX_OPEN_GRANTS = 3;

const date = (value: string | null) => (value ? new Date(value) : null);

/** E-mail addresses compare without regard to case (both are stored lower-cased today). */
const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function therapistGrantService(deps: Deps, safety: SafetyService) {
  const { db, clock, cipher, config, log } = deps;

  /** The grant's status from its timestamps alone: no text needs decrypting. */
  function statusOf(row: GrantRow) {
    return grantStatus(
      {
        consentedAt: date(row.consentedAt),
        declinedAt: date(row.declinedAt),
        tokenExpiresAt: date(row.tokenExpiresAt),
        acceptedAt: date(row.acceptedAt),
        revokedAt: date(row.revokedAt),
      },
      clock.now(),
    );
  }

  function present(
    row: GrantRow & { therapistName: string | null },
    readerId: string,
  ): z.input<typeof TherapistGrant> {
    const status = statusOf(row);
    return {
      id: row.id,
      email: cipher.decrypt(row.therapistEmail, { rowId: row.id, spaceId: row.spaceId }),
      status,
      proposedBy: row.proposedBy,
      proposedAt: row.proposedAt,
      consentedAt: row.consentedAt,
      acceptedAt: row.acceptedAt,
      revokedAt: row.revokedAt,
      // Who accepted stays on the grant after it ends: the partners keep seeing whose access it was.
      therapistName: row.acceptedAt ? row.therapistName : null,
      canConsent: status === 'awaiting-consent' && row.proposedBy !== readerId,
      canRevoke: isRevocable(status),
    };
  }

  async function grantFor(spaceId: string, grantId: string, from: typeof db = db) {
    const row = await findGrant(from, spaceId, grantId);
    if (!row) throw notFound();
    return row;
  }

  return {
    async list(actor: Actor) {
      const access = await requireAccess(db, actor, 'therapist.manage');
      const rows = await listGrants(db, access.spaceId);
      return rows.map((row) => present(row, actor.memberId));
    },

    async propose(actor: Actor, email: string) {
      const access = await requireAccess(db, actor, 'therapist.manage');
      await safety.requireOpen(actor.memberId, 'joint');
      if (!access.partnerId) {
        throw conflict(
          'partner-required',
          'Your partner needs to join first',
          'A therapist joins only with both partners’ consent.',
        );
      }
      const now = clock.now();
      const id = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        // Counted and written while the space is held: proposals sent at once
        // are counted one after another, so the limit holds.
        await holdSpace(trx, access.spaceId);
        const open = (await listGrants(trx, access.spaceId)).filter((row) => isOpen(statusOf(row)));
        if (open.length >= MAX_OPEN_GRANTS) {
          throw conflict(
            'too-many-therapists',
            `A space can have at most ${MAX_OPEN_GRANTS} therapists`,
          );
        }
        await insertGrant(trx, {
          id,
          spaceId: access.spaceId,
          therapistEmail: cipher.encrypt(email, { rowId: id, spaceId: access.spaceId }),
          proposedBy: actor.memberId,
          proposedAt: now.toISOString(),
          consentedBy: null,
          consentedAt: null,
          declinedAt: null,
          tokenHash: null,
          tokenExpiresAt: null,
          therapistId: null,
          acceptedAt: null,
          revokedAt: null,
          revokedBy: null,
        });
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.proposed',
            subject: id,
          },
          now,
        );
      });
      return present(await grantFor(access.spaceId, id), actor.memberId);
    },

    async consent(actor: Actor, grantId: string) {
      const access = await requireAccess(db, actor, 'therapist.manage');
      await safety.requireOpen(actor.memberId, 'joint');
      const now = clock.now();
      const token = newToken();
      await db.transaction().execute(async (trx) => {
        // Read and changed while the space is held: a second consent at the
        // same moment finds it given and sends no second invitation.
        await holdSpace(trx, access.spaceId);
        const row = await grantFor(access.spaceId, grantId, trx);
        if (row.proposedBy === actor.memberId) {
          throw conflict(
            'own-proposal',
            'Your partner needs to agree to this, not you',
            'Consent has to come from both of you.',
          );
        }
        if (statusOf(row) !== 'awaiting-consent') {
          throw conflict(
            'grant-not-awaiting-consent',
            'This invitation is no longer waiting for consent',
          );
        }
        const email = cipher.decrypt(row.therapistEmail, { rowId: row.id, spaceId: row.spaceId });
        await updateGrant(trx, access.spaceId, grantId, {
          consentedBy: actor.memberId,
          consentedAt: now.toISOString(),
          tokenHash: hashToken(token),
          tokenExpiresAt: new Date(
            now.getTime() + THERAPIST_LINK_LIFETIME_DAYS * 86_400_000,
          ).toISOString(),
        });
        // The link goes by e-mail only; it is never shown to either partner.
        await enqueueMail(
          trx,
          cipher,
          {
            to: email,
            template: 'therapist-invite',
            link: `${config.publicUrl}/therapist/join#${token}`,
          },
          now,
        );
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.consented',
            subject: grantId,
          },
          now,
        );
      });
      log.info({ spaceId: access.spaceId, grantId }, 'therapist invitation sent');
      return present(await grantFor(access.spaceId, grantId), actor.memberId);
    },

    async decline(actor: Actor, grantId: string) {
      const access = await requireAccess(db, actor, 'therapist.manage');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await holdSpace(trx, access.spaceId);
        const row = await grantFor(access.spaceId, grantId, trx);
        if (row.proposedBy === actor.memberId) {
          throw conflict('own-proposal', 'You proposed this; you can withdraw it instead');
        }
        if (statusOf(row) !== 'awaiting-consent') {
          throw conflict(
            'grant-not-awaiting-consent',
            'This invitation is no longer waiting for consent',
          );
        }
        await updateGrant(trx, access.spaceId, grantId, { declinedAt: now.toISOString() });
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.declined',
            subject: grantId,
          },
          now,
        );
      });
      return present(await grantFor(access.spaceId, grantId), actor.memberId);
    },

    /** Either partner, alone, at any stage; effective from the therapist's next request. */
    async revoke(actor: Actor, grantId: string) {
      const access = await requireAccess(db, actor, 'therapist.manage');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await holdSpace(trx, access.spaceId);
        const row = await grantFor(access.spaceId, grantId, trx);
        if (!isRevocable(statusOf(row))) {
          throw conflict('grant-closed', 'This access has already ended');
        }
        await updateGrant(trx, access.spaceId, grantId, {
          revokedAt: now.toISOString(),
          revokedBy: actor.memberId,
          tokenHash: null,
        });
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.revoked',
            subject: grantId,
          },
          now,
        );
      });
      log.info({ spaceId: access.spaceId, grantId }, 'therapist access revoked');
      return present(await grantFor(access.spaceId, grantId), actor.memberId);
    },

    /**
     * The link works for the invited address only: a forwarded or leaked link
     * opened by any other account is "not found", as is a wrong token, so it
     * tells that account nothing (not even that the link has expired).
     */
    async accept(actor: Actor, token: string) {
      // Operators have no access to any space, not even through a therapist's link.
      await refuseOperator(db, actor);
      const row = await unsafeFindGrantByTokenHash(db, hashToken(token));
      const invalid = () =>
        new AppError({
          code: 'invite-not-found',
          title: 'This invitation link is not valid',
          detail:
            'It works once, for the e-mail address it was sent to. Ask the couple to send a new one.',
        });
      if (!row) throw invalid();
      const member = await findMemberById(db, actor.memberId);
      const invited = cipher.decrypt(row.therapistEmail, { rowId: row.id, spaceId: row.spaceId });
      if (!member || !sameAddress(member.email, invited)) throw invalid();
      const status = statusOf(row);
      if (status === 'invite-expired') {
        throw new AppError({
          code: 'invite-expired',
          title: 'This invitation link has expired',
          detail: 'Links last seven days.',
        });
      }
      if (status !== 'invited') throw invalid();
      const membership = await findMembership(db, actor.memberId);
      if (membership?.spaceId === row.spaceId) {
        throw conflict(
          'partner-cannot-be-therapist',
          'A partner in this space cannot also be its therapist',
        );
      }
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        // The link works once: read again while the space is held, so a second
        // use at the same moment finds the token gone.
        await holdSpace(trx, row.spaceId);
        const still = await unsafeFindGrantByTokenHash(trx, hashToken(token));
        if (still?.id !== row.id || statusOf(still) !== 'invited') throw invalid();
        await updateGrant(trx, row.spaceId, row.id, {
          therapistId: actor.memberId,
          acceptedAt: now.toISOString(),
          tokenHash: null,
        });
        await recordAudit(
          trx,
          {
            spaceId: row.spaceId,
            memberId: actor.memberId,
            action: 'therapist.accepted',
            subject: row.id,
          },
          now,
        );
      });
      log.info({ spaceId: row.spaceId, grantId: row.id }, 'therapist accepted');
      return {
        id: row.spaceId,
        partners: await currentPartners(db, row.spaceId),
        since: now.toISOString(),
      };
    },
  };
}
