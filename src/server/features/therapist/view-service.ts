/**
 * The therapist's side once a grant is active: the couples they support, the
 * shared entries flagged for them (read-only, every read audited), and the
 * notes they write to both partners — the only thing a therapist writes.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Deps } from '../../platform/deps.js';
import { newId } from '../../platform/ids.js';
import { findMemberById } from '../accounts/reads.js';
import { activeGrantsOfTherapist, currentPartners, insertNote, listNotes } from './queries.js';
import { THERAPIST_VIEW_SOURCES } from './view-sources.js';

export function therapistViewService(deps: Deps) {
  const { db, clock, cipher } = deps;

  return {
    async spaces(actor: Actor) {
      const grants = await activeGrantsOfTherapist(db, actor.memberId);
      return Promise.all(
        grants.map(async (grant) => ({
          id: grant.spaceId,
          partners: await currentPartners(db, grant.spaceId),
          since: grant.acceptedAt ?? '',
        })),
      );
    },

    async entries(actor: Actor, spaceId: string) {
      const access = await requireAccess(db, actor, 'therapist.view', { spaceId });
      const lists = await Promise.all(
        THERAPIST_VIEW_SOURCES.map((source) =>
          source.list({ db, cipher, spaceId, reader: access.reader, now: clock.now() }),
        ),
      );
      await recordAudit(
        db,
        { spaceId, memberId: actor.memberId, action: 'therapist.read', subject: 'entries' },
        clock.now(),
      );
      return lists.flat().sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },

    /** Notes to the partners: both partners and the therapists of the space read them. */
    async notes(actor: Actor, spaceId?: string) {
      const access = await requireAccess(
        db,
        actor,
        'therapistNote.read',
        spaceId ? { spaceId } : undefined,
      );
      const rows = await listNotes(db, access.spaceId);
      if (access.role === 'therapist') {
        await recordAudit(
          db,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.read',
            subject: 'notes',
          },
          clock.now(),
        );
      }
      return rows.map((row) => ({
        id: row.id,
        authorId: row.authorId,
        authorName: row.authorName,
        text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
        createdAt: row.createdAt,
      }));
    },

    async writeNote(actor: Actor, spaceId: string, text: string) {
      const access = await requireAccess(db, actor, 'therapistNote.write', { spaceId });
      const now = clock.now();
      const id = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        await insertNote(trx, {
          id,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          text: cipher.encrypt(text, { rowId: id, spaceId: access.spaceId }),
          createdAt: now.toISOString(),
        });
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'therapist.note',
            subject: id,
          },
          now,
        );
      });
      const author = await findMemberById(db, actor.memberId);
      return {
        id,
        authorId: actor.memberId,
        authorName: author?.displayName ?? null,
        text,
        createdAt: now.toISOString(),
      };
    },
  };
}
