/**
 * Commitments (step 5): small promises on a schedule. The owner marks each due
 * day kept or missed — once: the same mark again writes nothing, a different
 * one needs `change` — and the partner may confirm or question a mark, which
 * the owner can answer. Nothing is deleted; pausing and ending are changes
 * that stay on the record. Writes on one commitment hold its row, so retries
 * and double taps on two nodes still write once.
 */
import type { z } from 'zod';
import type {
  AnswerReviewBody,
  MakeCommitmentBody,
  MarkDayBody,
  ReviewMarkBody,
  SetCommitmentStatusBody,
} from '../../../contract/restore/commitments.js';
import { addDays, dayIn } from '../../../domain/calendar.js';
import { weekStartOf, whyNotDue, type DueReason } from '../../../domain/commitments/schedule.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import { announceToPartner } from '../../platform/events/announce.js';
import { spaceRowBinding } from '../../platform/crypto/field-cipher.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import {
  alreadyAnswered,
  isUniqueViolation,
  partnerNeeded,
  throttleRepairWrite,
  timeZoneOf,
  tryAgain,
} from '../repair-shared/repair-kit.js';
import {
  answerReview,
  changeMark,
  findCommitmentRow,
  findMark,
  findReview,
  insertChange,
  insertCommitment,
  insertMark,
  insertReview,
  listCommitmentRows,
  marksBetween,
  rowsOf,
  setStatus,
  type CommitmentRows,
} from './queries.js';
import { changesOf, commitmentPresenter, ownerZones, scheduleOf, strengthOf } from './view.js';
import { listLiveNeeds } from '../needs/reads.js';

const STATUS_ORDER = { active: 0, paused: 1, ended: 2 } as const;

const DUE_WORDS: Record<DueReason, string> = {
  'in-the-future': 'That day has not come yet.',
  'not-yet': 'That day is before the commitment was made.',
  'not-in-force': 'The commitment was paused or ended on that day.',
  'not-scheduled': 'That day is not one of the commitment’s days.',
};

const notOwner = () =>
  new AppError({
    code: 'not-owner',
    title: 'Only the partner who made this commitment can do that',
  });

export function commitmentService(deps: Deps) {
  const { db, clock, cipher, limiter, dbKind } = deps;
  const present = commitmentPresenter(cipher);

  async function readOne(access: SpaceAccess, id: string): Promise<CommitmentRows> {
    const row = await findCommitmentRow(db, access.spaceId, id);
    if (!row) throw notFound();
    const [rows] = await rowsOf(db, access.spaceId, [row]);
    return rows!;
  }

  /** A write on one commitment, its row held for the transaction. */
  async function onCommitment<T>(
    access: SpaceAccess,
    id: string,
    work: (trx: typeof db, rows: CommitmentRows, today: string) => Promise<T>,
  ): Promise<T> {
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await findCommitmentRow(trx, access.spaceId, id, dbKind);
        if (!row) throw notFound();
        const [rows] = await rowsOf(trx, access.spaceId, [row]);
        const today = dayIn(clock.now(), await timeZoneOf(trx, row.authorId));
        return work(trx, rows!, today);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw tryAgain();
      throw error;
    }
  }

  async function answer(access: SpaceAccess, id: string, day: string) {
    const rows = await readOne(access, id);
    const markRow = rows.marks.find((row) => row.day === day);
    if (!markRow) throw notFound();
    return { mark: present.markOf(rows, markRow), strength: strengthOf(rows) };
  }

  return {
    async make(actor: Actor, input: z.output<typeof MakeCommitmentBody>) {
      const access = await requireAccess(db, actor, 'commitment.write');
      if (!access.partnerId) throw partnerNeeded();
      await throttleRepairWrite(limiter, actor.memberId);
      // A commitment answers one of the partner's own live needs; any other id is not there.
      if (input.needId) {
        const needs = await listLiveNeeds(db, access.spaceId, access.reader);
        if (!needs.some((need) => need.id === input.needId && need.authorId === access.partnerId)) {
          throw notFound();
        }
      }
      const now = clock.now();
      const at = now.toISOString();
      const today = dayIn(now, await timeZoneOf(db, actor.memberId));
      const id = newId(now.getTime());
      const schedule = input.schedule;
      await db.transaction().execute(async (trx) => {
        await insertCommitment(trx, {
          id,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          text: cipher.encrypt(input.text, { rowId: id, spaceId: access.spaceId }),
          scheduleKind: schedule.kind,
          weekdays: schedule.kind === 'weekdays' ? schedule.weekdays.join(',') : null,
          timesPerWeek: schedule.kind === 'times-a-week' ? schedule.times : null,
          needId: input.needId ?? null,
          status: 'active',
          startedOn: today,
          // Commitments are kept in the open: shared by nature.
          visibility: 'shared',
          therapistVisible: input.therapistMaySee ? 1 : 0,
          createdAt: at,
          updatedAt: at,
        });
        await insertChange(trx, {
          id: newId(now.getTime()),
          spaceId: access.spaceId,
          commitmentId: id,
          authorId: actor.memberId,
          status: 'active',
          day: today,
          visibility: 'shared',
          therapistVisible: input.therapistMaySee ? 1 : 0,
          createdAt: at,
        });
      });
      const rows = await readOne(access, id);
      return { commitment: present.commitment(rows, await timeZoneOf(db, actor.memberId), now) };
    },

    async list(actor: Actor) {
      const access = await requireAccess(db, actor, 'commitment.read');
      const rows = await listCommitmentRows(db, access.spaceId);
      const zones = await ownerZones(db, rows);
      const now = clock.now();
      const items = (await rowsOf(db, access.spaceId, rows)).map((one) =>
        present.commitment(one, zones.get(one.commitment.authorId) ?? 'UTC', now),
      );
      items.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
      return { items };
    },

    async get(actor: Actor, id: string) {
      const access = await requireAccess(db, actor, 'commitment.read');
      const rows = await readOne(access, id);
      const zone = await timeZoneOf(db, rows.commitment.authorId);
      const now = clock.now();
      return {
        commitment: present.commitment(rows, zone, now),
        ...present.calendar(rows, zone, now),
      };
    },

    async setStatus(actor: Actor, id: string, input: z.output<typeof SetCommitmentStatusBody>) {
      const access = await requireAccess(db, actor, 'commitment.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await onCommitment(access, id, async (trx, rows, today) => {
        const row = rows.commitment;
        if (row.authorId !== actor.memberId) throw notOwner();
        if (row.status === input.status) return;
        if (row.status === 'ended') {
          throw conflict(
            'commitment-ended',
            'This commitment has ended',
            'An ended commitment stays on the record as it was. Make a new one to start again.',
          );
        }
        const at = clock.now().toISOString();
        await setStatus(trx, access.spaceId, row.id, input.status, at);
        await insertChange(trx, {
          id: newId(clock.now().getTime()),
          spaceId: access.spaceId,
          commitmentId: row.id,
          authorId: actor.memberId,
          status: input.status,
          day: today,
          visibility: 'shared',
          therapistVisible: row.therapistVisible,
          createdAt: at,
        });
      });
      const rows = await readOne(access, id);
      return {
        commitment: present.commitment(
          rows,
          await timeZoneOf(db, rows.commitment.authorId),
          clock.now(),
        ),
      };
    },

    async markDay(actor: Actor, id: string, day: string, input: z.output<typeof MarkDayBody>) {
      const access = await requireAccess(db, actor, 'commitment.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await onCommitment(access, id, async (trx, rows, today) => {
        const row = rows.commitment;
        if (row.authorId !== actor.memberId) throw notOwner();
        const schedule = scheduleOf(row);
        const why = whyNotDue(schedule, changesOf(rows), day, today);
        if (why) {
          throw new AppError({
            code: 'day-not-due',
            title: 'That day cannot be marked',
            detail: DUE_WORDS[why],
          });
        }
        const note = input.note ?? null;
        const at = clock.now().toISOString();
        const existing = await findMark(trx, access.spaceId, row.id, day);
        if (existing) {
          const sameNote =
            cipher.decryptNullable(existing.note, spaceRowBinding(existing)) === note;
          if (existing.outcome === input.outcome && sameNote) return; // a retry: written once
          if (!input.change) {
            throw conflict(
              'mark-differs',
              'This day is already marked differently',
              'Your earlier mark stands. To change it, say so explicitly.',
            );
          }
          if (await findReview(trx, access.spaceId, existing.id)) {
            throw conflict(
              'mark-reviewed',
              'Your partner has already answered this mark',
              'A mark your partner confirmed or questioned stays as it was; you can answer their question instead.',
            );
          }
          await changeMark(trx, access.spaceId, existing.id, {
            outcome: input.outcome,
            note: cipher.encryptNullable(note, { rowId: existing.id, spaceId: access.spaceId }),
            updatedAt: at,
          });
          return;
        }
        if (schedule.kind === 'times-a-week') {
          const monday = weekStartOf(day);
          const inWeek = await marksBetween(
            trx,
            access.spaceId,
            row.id,
            monday,
            addDays(monday, 6),
          );
          if (inWeek.length >= schedule.times) {
            throw conflict(
              'week-full',
              `This week already has its ${schedule.times} marks`,
              'Change one of them instead, if it needs changing.',
            );
          }
        }
        const markId = newId(clock.now().getTime());
        await insertMark(trx, {
          id: markId,
          spaceId: access.spaceId,
          commitmentId: row.id,
          authorId: actor.memberId,
          day,
          outcome: input.outcome,
          note: cipher.encryptNullable(note, { rowId: markId, spaceId: access.spaceId }),
          visibility: 'shared',
          therapistVisible: row.therapistVisible,
          createdAt: at,
          updatedAt: at,
        });
      });
      return answer(access, id, day);
    },

    async reviewMark(
      actor: Actor,
      id: string,
      day: string,
      input: z.output<typeof ReviewMarkBody>,
    ) {
      const access = await requireAccess(db, actor, 'commitment.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const questioned = await onCommitment(access, id, async (trx, rows) => {
        const markRow = rows.marks.find((row) => row.day === day);
        if (!markRow) throw notFound();
        if (rows.commitment.authorId === actor.memberId) {
          throw new AppError({
            code: 'own-entry',
            title: 'Your partner confirms or questions your marks, not you',
          });
        }
        const note = input.note ?? null;
        const earlier = rows.reviews.find((review) => review.markId === markRow.id);
        if (earlier) {
          const sameNote = cipher.decryptNullable(earlier.note, spaceRowBinding(earlier)) === note;
          if (earlier.verdict === input.verdict && sameNote) return false;
          throw alreadyAnswered();
        }
        const at = clock.now().toISOString();
        const reviewId = newId(clock.now().getTime());
        await insertReview(trx, {
          id: reviewId,
          spaceId: access.spaceId,
          markId: markRow.id,
          commitmentId: rows.commitment.id,
          authorId: actor.memberId,
          verdict: input.verdict,
          note: cipher.encryptNullable(note, { rowId: reviewId, spaceId: access.spaceId }),
          answer: null,
          answeredAt: null,
          visibility: 'shared',
          therapistVisible: rows.commitment.therapistVisible,
          createdAt: at,
          updatedAt: at,
        });
        return input.verdict === 'questioned';
      });
      // A question asks the owner for an answer; a confirmation needs none.
      if (questioned) await announceToPartner(deps, access, { kind: 'mark-questioned', id });
      return answer(access, id, day);
    },

    async answerReview(
      actor: Actor,
      id: string,
      day: string,
      input: z.output<typeof AnswerReviewBody>,
    ) {
      const access = await requireAccess(db, actor, 'commitment.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await onCommitment(access, id, async (trx, rows) => {
        if (rows.commitment.authorId !== actor.memberId) throw notOwner();
        const markRow = rows.marks.find((row) => row.day === day);
        if (!markRow) throw notFound();
        const review = rows.reviews.find((row) => row.markId === markRow.id);
        if (!review || review.verdict !== 'questioned') {
          throw conflict(
            'not-questioned',
            'Your partner has not questioned this mark',
            'There is nothing to answer.',
          );
        }
        if (review.answer) {
          if (cipher.decrypt(review.answer, spaceRowBinding(review)) === input.text) return;
          throw alreadyAnswered();
        }
        await answerReview(
          trx,
          access.spaceId,
          review.id,
          cipher.encrypt(input.text, { rowId: review.id, spaceId: access.spaceId }),
          clock.now().toISOString(),
        );
      });
      return answer(access, id, day);
    },
  };
}

export type CommitmentService = ReturnType<typeof commitmentService>;
