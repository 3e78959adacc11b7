/**
 * The monthly trust questionnaire (issue 10). One per member per calendar
 * month of their time zone, written again to update: a real upsert on
 * (space, author, month). Private to its author unless they share it; a
 * consented therapist reads a shared one flagged "therapist may see" (the one
 * visibility rule). Milestones — which subscales changed reliably between the
 * first and the latest questionnaire — are computed from the questionnaires
 * the reader may see of that author. The audit log records that one was
 * written or its sharing changed, with its id and never its answers, in the
 * author's own activity only.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  PutTrustQuestionnaireBody,
  TrustMilestones,
  TrustQuestionnaire,
  TrustQuestionnaireOverview,
} from '../../../contract/regain/trust.js';
import type { SharingBody } from '../../../contract/regain/forgiveness.js';
import { dayIn } from '../../../domain/calendar.js';
import {
  monthOf,
  scoreTrustQuestionnaire,
  TRUST_ITEMS,
  trustMilestones,
} from '../../../domain/trust-questionnaire.js';
import type { Reader } from '../../../domain/visibility.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { DB } from '../../platform/db/schema.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { notTheAuthor, throttleRepairWrite, timeZoneOf } from '../repair-shared/repair-kit.js';
import {
  findOwnQuestionnaireForMonth,
  insertQuestionnaireIfAbsent,
  updateQuestionnaire,
} from './queries.js';
import {
  findQuestionnaire,
  listQuestionnaires,
  trustAnswersOf,
  type TrustQuestionnaireRow,
} from './reads.js';

type QuestionnaireOut = z.input<typeof TrustQuestionnaire>;
type MilestonesOut = z.input<typeof TrustMilestones>;

/** The visibility columns for a sharing choice: the therapist flag only on a shared entry. */
const sharing = (shared: boolean, therapistMaySee: boolean | undefined) => ({
  visibility: shared ? ('shared' as const) : ('private' as const),
  therapistVisible: shared && therapistMaySee ? (1 as const) : (0 as const),
});

export function trustQuestionnaireService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  function present(row: TrustQuestionnaireRow): QuestionnaireOut {
    const answers = trustAnswersOf(cipher, row);
    return {
      id: row.id,
      authorId: row.authorId,
      month: row.month,
      answers,
      scores: scoreTrustQuestionnaire(answers),
      shared: row.visibility === 'shared',
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** Milestones of one author's questionnaires (oldest first). */
  function milestonesOf(rows: readonly QuestionnaireOut[]): MilestonesOut {
    const first = rows[0];
    const latest = rows.at(-1);
    return {
      fromMonth: first && rows.length > 1 ? first.month : null,
      toMonth: latest && rows.length > 1 ? latest.month : null,
      changes: trustMilestones(rows.map((r) => r.scores)).map((m) => ({
        subscale: m.subscale,
        direction: m.direction,
        from: m.before,
        to: m.after,
      })),
    };
  }

  async function milestonesOfAuthor(
    trx: Kysely<DB>,
    spaceId: string,
    reader: Reader,
    authorId: string,
  ): Promise<MilestonesOut> {
    const rows = await listQuestionnaires(trx, spaceId, reader);
    return milestonesOf(rows.filter((r) => r.authorId === authorId).map(present));
  }

  async function answerFor(trx: Kysely<DB>, spaceId: string, reader: Reader, id: string) {
    const row = await findQuestionnaire(trx, spaceId, id, reader);
    if (!row) throw notFound();
    return {
      questionnaire: present(row),
      milestones: await milestonesOfAuthor(trx, spaceId, reader, row.authorId),
    };
  }

  async function thisMonth(memberId: string): Promise<{ day: string; month: string }> {
    const day = dayIn(clock.now(), await timeZoneOf(db, memberId));
    return { day, month: monthOf(day) };
  }

  return {
    async overview(actor: Actor): Promise<z.input<typeof TrustQuestionnaireOverview>> {
      const access = await requireAccess(db, actor, 'trustQuestionnaire.read');
      const { month } = await thisMonth(actor.memberId);
      const rows = (await listQuestionnaires(db, access.spaceId, access.reader)).map(present);
      const mine = rows.filter((r) => r.authorId === actor.memberId);
      return {
        month,
        due: !mine.some((r) => r.month === month),
        items: TRUST_ITEMS.map((item) => ({ ...item })),
        mine,
        sharedWithMe: rows.filter((r) => r.authorId !== actor.memberId),
        milestones: milestonesOf(mine),
      };
    },

    async put(actor: Actor, input: z.output<typeof PutTrustQuestionnaireBody>) {
      const access = await requireAccess(db, actor, 'trustQuestionnaire.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const stamp = now.toISOString();
      const { day, month } = await thisMonth(actor.memberId);
      const json = JSON.stringify(input.answers);
      return db.transaction().execute(async (trx) => {
        // A real upsert on (space, author, month): retries meet the same row.
        const id = newId(now.getTime());
        const inserted = await insertQuestionnaireIfAbsent(trx, {
          id,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          month,
          day,
          answers: cipher.encrypt(json, { rowId: id, spaceId: access.spaceId }),
          ...sharing(input.shared ?? false, input.therapistMaySee),
          createdAt: stamp,
          updatedAt: stamp,
        });
        let savedId = id;
        if (!inserted) {
          const existing = await findOwnQuestionnaireForMonth(
            trx,
            access.spaceId,
            actor.memberId,
            month,
          );
          if (!existing) throw notFound();
          savedId = existing.id;
          // The answers are bound to the row that holds the month.
          const shared = input.shared ?? existing.visibility === 'shared';
          const therapist = input.therapistMaySee ?? existing.therapistVisible === 1;
          await updateQuestionnaire(trx, access.spaceId, existing.id, {
            answers: cipher.encrypt(json, { rowId: existing.id, spaceId: access.spaceId }),
            day,
            ...sharing(shared, therapist),
            updatedAt: stamp,
          });
        }
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'trust-questionnaire.written',
            subject: savedId,
          },
          now,
        );
        return answerFor(trx, access.spaceId, access.reader, savedId);
      });
    },

    async get(actor: Actor, questionnaireId: string) {
      const access = await requireAccess(db, actor, 'trustQuestionnaire.read');
      return answerFor(db, access.spaceId, access.reader, questionnaireId);
    },

    async share(actor: Actor, questionnaireId: string, input: z.output<typeof SharingBody>) {
      const access = await requireAccess(db, actor, 'trustQuestionnaire.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const row = await findQuestionnaire(trx, access.spaceId, questionnaireId, access.reader);
        if (!row) throw notFound();
        if (row.authorId !== actor.memberId) throw notTheAuthor();
        await updateQuestionnaire(trx, access.spaceId, row.id, {
          ...sharing(input.shared, input.therapistMaySee),
          updatedAt: now.toISOString(),
        });
        await recordAudit(
          trx,
          {
            spaceId: access.spaceId,
            memberId: actor.memberId,
            action: 'trust-questionnaire.sharing',
            subject: row.id,
          },
          now,
        );
        return answerFor(trx, access.spaceId, access.reader, row.id);
      });
    },
  };
}

export type TrustQuestionnaireService = ReturnType<typeof trustQuestionnaireService>;
