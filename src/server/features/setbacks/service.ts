/**
 * Setbacks: logged, not hidden. Logging one deletes nothing and resets
 * nothing — the path is computed from everything the couple did, and the
 * setback takes its place on the timeline.
 */
import type { z } from 'zod';
import type { LogSetbackBody, Setback } from '../../../contract/repair/setbacks.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { findAgreement } from '../agreements/reads.js';
import { findBreach } from '../breaches/reads.js';
import {
  requireNotInFuture,
  throttleRepairWrite,
  timeZoneOf,
} from '../repair-shared/repair-kit.js';
import { findSetback, insertSetback, type SetbackRow } from './queries.js';
import { listSetbacks } from './reads.js';

type SetbackOut = z.input<typeof Setback>;

export function setbackService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  const present = (row: SetbackRow): SetbackOut => ({
    id: row.id,
    loggedBy: row.authorId,
    kind: row.kind,
    severity: row.severity,
    day: row.day,
    note: cipher.decryptNullable(row.note, { rowId: row.id, spaceId: row.spaceId }),
    breachId: row.breachId,
    agreementId: row.agreementId,
    therapistMaySee: row.therapistVisible === 1,
    createdAt: row.createdAt,
  });

  return {
    async log(actor: Actor, input: z.output<typeof LogSetbackBody>): Promise<SetbackOut> {
      const access = await requireAccess(db, actor, 'setback.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      requireNotInFuture('day', input.day, now, await timeZoneOf(db, actor.memberId));
      // Another space's breach or agreement is simply not there.
      if (
        input.breachId &&
        !(await findBreach(db, access.spaceId, input.breachId, access.reader))
      ) {
        throw notFound();
      }
      if (
        input.agreementId &&
        !(await findAgreement(db, null, access.spaceId, input.agreementId, access.reader))
      ) {
        throw notFound();
      }
      const id = newId(now.getTime());
      await insertSetback(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        kind: input.kind,
        severity: input.severity,
        day: input.day,
        note: cipher.encryptNullable(input.note ?? null, { rowId: id, spaceId: access.spaceId }),
        breachId: input.breachId ?? null,
        agreementId: input.agreementId ?? null,
        // Setbacks are logged, not hidden: shared by nature.
        visibility: 'shared',
        therapistVisible: input.therapistMaySee ? 1 : 0,
        createdAt: now.toISOString(),
      });
      const saved = await findSetback(db, access.spaceId, id, access.reader);
      if (!saved) throw notFound();
      return present(saved);
    },

    async list(actor: Actor): Promise<SetbackOut[]> {
      const access = await requireAccess(db, actor, 'setback.read');
      return (await listSetbacks(db, access.spaceId, access.reader)).map(present);
    },

    async get(actor: Actor, setbackId: string): Promise<SetbackOut> {
      const access = await requireAccess(db, actor, 'setback.read');
      const row = await findSetback(db, access.spaceId, setbackId, access.reader);
      if (!row) throw notFound();
      return present(row);
    },
  };
}

export type SetbackService = ReturnType<typeof setbackService>;
