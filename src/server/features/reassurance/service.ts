/**
 * Asking for reassurance (step 9 of the path): "I could use some reassurance
 * today", once per member and day in their own time zone. The request holds no
 * words, so the partner learns only that it was asked; they answer with a note
 * or an affirmation (kindness/service.ts, `answersRequestId`).
 */
import type { z } from 'zod';
import type { ReassuranceRequest } from '../../../contract/kindness/reassurance.js';
import { addDays, dayIn } from '../../../domain/calendar.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import { announceToPartner } from '../../platform/events/announce.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { throttleRepairWrite, timeZoneOf } from '../repair-shared/repair-kit.js';
import {
  findRequestForDay,
  insertRequestIfAbsent,
  listRequestsSince,
  type RequestRow,
} from './queries.js';

type RequestOut = z.input<typeof ReassuranceRequest>;

/** How far back the screen and the notice look. */
const WINDOW_DAYS = 30;

const present = (row: RequestRow): RequestOut => ({
  id: row.id,
  askedBy: row.authorId,
  day: row.day,
  createdAt: row.createdAt,
  answeredAt: row.answeredAt,
  answerNoteId: row.answerNoteId,
});

export function reassuranceService(deps: Deps) {
  const { db, clock, limiter } = deps;

  return {
    async ask(actor: Actor): Promise<RequestOut> {
      const access = await requireAccess(db, actor, 'note.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const day = dayIn(now, await timeZoneOf(db, actor.memberId));
      const id = newId(now.getTime());
      await insertRequestIfAbsent(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        day,
        answeredAt: null,
        answeredBy: null,
        answerNoteId: null,
        // Shared by nature: asking is telling the partner.
        visibility: 'shared',
        therapistVisible: 0,
        createdAt: now.toISOString(),
      });
      const saved = await findRequestForDay(db, access, actor.memberId, day);
      if (!saved) throw notFound();
      // Once a day, like the request itself: a retry tells the partner nothing new.
      if (saved.id === id) {
        await announceToPartner(deps, access, { kind: 'reassurance-requested', id: saved.id });
      }
      return present(saved);
    },

    async list(actor: Actor): Promise<{ today: string; items: RequestOut[] }> {
      const access = await requireAccess(db, actor, 'note.read');
      const now = clock.now();
      const today = dayIn(now, await timeZoneOf(db, actor.memberId));
      const since = new Date(`${addDays(today, -WINDOW_DAYS)}T00:00:00Z`).toISOString();
      const rows = await listRequestsSince(db, access, since);
      return { today, items: rows.map(present) };
    },
  };
}

export type ReassuranceService = ReturnType<typeof reassuranceService>;
