/**
 * A couple's space: create it, invite the partner with a single-use link, join,
 * and leave — at once, without anyone's approval.
 */
import type { z } from 'zod';
import type { Space } from '../../../contract/spaces.js';
import { inviteExpiry, inviteState } from '../../../domain/invite.js';
import type { Actor } from '../../platform/auth/actor.js';
import {
  findMembership,
  membershipAtStart,
  requireAccess,
  type SpaceAccess,
} from '../../platform/auth/access.js';
import { refuseOperator } from '../../platform/auth/operator.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, notFound } from '../../platform/http/problem.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import { holdSpace } from '../../platform/db/hold.js';
import { newId } from '../../platform/ids.js';
import type { SafetyService } from '../safety/service.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { linkUsedOrExpired } from '../../platform/auth/account-links.js';
import { throttle } from '../accounts/throttle.js';
import { findPartner } from './reads.js';
import { removeMemberFromSpace } from './remove-member.js';
import {
  findSpace,
  hasPendingInvite,
  insertInvite,
  insertMembership,
  insertSpace,
  markInviteUsed,
  revokeOpenInvites,
  takenSeats,
  unsafeFindInviteByTokenHash,
} from './queries.js';

const alreadyInSpace = () =>
  conflict(
    'already-in-space',
    'You are already in a space',
    'Leave your current space first if you want to join another.',
  );

const inviteUsed = () =>
  new AppError({ code: 'invite-used', title: 'This invite link has already been used' });

const INVITE_MAILS_PER_DAY = 5;
const DAY_MS = 24 * 60 * 60_000;

export function spaceService(deps: Deps, safety: SafetyService) {
  const { db, clock, config, log, cipher, limiter } = deps;

  async function describe(access: SpaceAccess): Promise<z.input<typeof Space>> {
    const space = await findSpace(db, access.spaceId);
    if (!space) throw notFound();
    const partner = access.partnerId
      ? await findPartner(db, access.spaceId, access.partnerId)
      : undefined;
    const invitePending = partner
      ? false
      : await hasPendingInvite(db, access.spaceId, clock.now().toISOString());
    return { id: space.id, createdAt: space.createdAt, partner: partner ?? null, invitePending };
  }

  return {
    /** The actor's space, or null when they have none. */
    async current(actor: Actor): Promise<z.input<typeof Space> | null> {
      const access = await membershipAtStart(db, actor);
      return access ? describe(access) : null;
    },

    async get(actor: Actor): Promise<z.input<typeof Space>> {
      return describe(await requireAccess(db, actor, 'space.read'));
    },

    async create(actor: Actor): Promise<z.input<typeof Space>> {
      // Operators moderate the guide and never hold a space (decision 048).
      await refuseOperator(db, actor);
      if (await findMembership(db, actor.memberId)) throw alreadyInSpace();
      await safety.requireOpen(actor.memberId, 'solo');
      const now = clock.now();
      const spaceId = newId(now.getTime());
      try {
        await db.transaction().execute(async (trx) => {
          await insertSpace(
            trx,
            { id: spaceId, createdBy: actor.memberId, createdAt: now.toISOString() },
            newId(now.getTime()),
          );
          await recordAudit(
            trx,
            { spaceId, memberId: actor.memberId, action: 'space.created' },
            now,
          );
        });
      } catch (error) {
        // Two taps racing: the one-space-per-member index refused the second.
        if (await findMembership(db, actor.memberId)) throw alreadyInSpace();
        throw error;
      }
      log.info({ spaceId, memberId: actor.memberId }, 'space created');
      const access = await findMembership(db, actor.memberId);
      if (!access) throw notFound();
      return describe(access);
    },

    async createInvite(actor: Actor) {
      const access = await requireAccess(db, actor, 'space.invite');
      await safety.requireOpen(actor.memberId, 'joint');
      if (access.partnerId) {
        throw conflict(
          'space-full',
          'Your partner has already joined',
          'A space holds two partners.',
        );
      }
      const now = clock.now();
      const token = newToken();
      const expiresAt = inviteExpiry(now);
      const id = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        // A new link replaces any earlier one, so only the latest link works —
        // also when two are made at once: the space is held until this commits.
        await holdSpace(trx, access.spaceId);
        await revokeOpenInvites(trx, access.spaceId, now.toISOString());
        await insertInvite(trx, {
          id,
          spaceId: access.spaceId,
          createdBy: actor.memberId,
          tokenHash: hashToken(token),
          createdAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
          usedAt: null,
          usedBy: null,
          revokedAt: null,
        });
      });
      log.info({ spaceId: access.spaceId, inviteId: id }, 'invite created');
      // The token travels in the fragment: it never reaches a server log or a Referer.
      return {
        id,
        token,
        url: `${config.publicUrl}/join#${token}`,
        expiresAt: expiresAt.toISOString(),
      };
    },

    /**
     * Sends the invite link the member already holds (from createInvite) to
     * an address. The mail says only "your partner invited you", no name.
     * A few a day: enough to fix a typo, too few to use Mend to send spam.
     */
    async sendInvite(actor: Actor, token: string, email: string): Promise<void> {
      const access = await requireAccess(db, actor, 'space.invite');
      await throttle(limiter, `invite:mail:${actor.memberId}`, INVITE_MAILS_PER_DAY, DAY_MS);
      const invite = await unsafeFindInviteByTokenHash(db, hashToken(token));
      const now = clock.now();
      const usable =
        invite?.spaceId === access.spaceId &&
        inviteState(
          {
            expiresAt: new Date(invite.expiresAt),
            usedAt: invite.usedAt ? new Date(invite.usedAt) : null,
            revokedAt: invite.revokedAt ? new Date(invite.revokedAt) : null,
          },
          now,
        ) === 'usable';
      if (!usable) throw linkUsedOrExpired();
      await enqueueMail(
        db,
        cipher,
        { to: email, template: 'partner-invite', link: `${config.publicUrl}/join#${token}` },
        now,
      );
      log.info({ spaceId: access.spaceId, inviteId: invite.id }, 'invite sent by e-mail');
    },

    async acceptInvite(actor: Actor, token: string): Promise<z.input<typeof Space>> {
      await refuseOperator(db, actor);
      const invite = await unsafeFindInviteByTokenHash(db, hashToken(token));
      if (!invite) {
        throw new AppError({
          code: 'invite-not-found',
          title: 'This invite link is not valid',
          detail: 'Ask your partner for a new link.',
        });
      }
      const state = inviteState(
        {
          expiresAt: new Date(invite.expiresAt),
          usedAt: invite.usedAt ? new Date(invite.usedAt) : null,
          revokedAt: invite.revokedAt ? new Date(invite.revokedAt) : null,
        },
        clock.now(),
      );
      switch (state) {
        case 'used':
          throw inviteUsed();
        case 'revoked':
          throw new AppError({
            code: 'invite-revoked',
            title: 'This invite link was replaced by a newer one',
            detail: 'Ask your partner for the latest link.',
          });
        case 'expired':
          throw new AppError({
            code: 'invite-expired',
            title: 'This invite link has expired',
            detail: 'Links last seven days. Ask your partner for a new one.',
          });
        case 'usable':
          break;
      }
      const current = await findMembership(db, actor.memberId);
      // A second tap that read the link just before the first one used it finds
      // its member already in that space: it is told what it would have been
      // told a moment later, that the link is used.
      if (current) throw current.spaceId === invite.spaceId ? inviteUsed() : alreadyInSpace();
      await safety.requireOpen(actor.memberId, 'joint');

      const now = clock.now().toISOString();
      try {
        await db.transaction().execute(async (trx) => {
          // The space is held while the link is used up and a seat is taken.
          // Using the link comes first: whoever comes second finds it used,
          // as they would one after the other.
          await holdSpace(trx, invite.spaceId);
          if (!(await markInviteUsed(trx, invite.spaceId, invite.id, actor.memberId, now))) {
            throw inviteUsed();
          }
          const seats = new Set((await takenSeats(trx, invite.spaceId)).map((s) => s.seat));
          const seat = [1, 2].find((s) => !seats.has(s));
          if (seat === undefined)
            throw conflict('space-full', 'This space already has two partners');
          await insertMembership(trx, {
            id: newId(),
            spaceId: invite.spaceId,
            memberId: actor.memberId,
            seat,
            joinedAt: now,
          });
          await recordAudit(
            trx,
            { spaceId: invite.spaceId, memberId: actor.memberId, action: 'membership.joined' },
            new Date(now),
          );
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        // A unique index refused the row: another join won the seat, or this
        // member joined a space a moment ago in another tab.
        if (await findMembership(db, actor.memberId)) throw alreadyInSpace();
        throw conflict('space-full', 'This space already has two partners');
      }
      log.info({ spaceId: invite.spaceId, memberId: actor.memberId }, 'partner joined');
      const access = await findMembership(db, actor.memberId);
      if (!access) throw notFound();
      return describe(access);
    },

    async leave(actor: Actor): Promise<void> {
      const access = await requireAccess(db, actor, 'space.leave');
      await db
        .transaction()
        .execute((trx) => removeMemberFromSpace(trx, access.spaceId, actor.memberId, clock.now()));
      log.info({ spaceId: access.spaceId, memberId: actor.memberId }, 'partner left');
    },
  };
}

export type SpaceService = ReturnType<typeof spaceService>;
