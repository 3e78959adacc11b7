/**
 * A commitment as the API shows it: schedule, changes, strength, today's mark,
 * and — for the reliability view — the calendar of due days and the strength
 * line. Pure over the rows, the owner's time zone and the clock.
 */
import type { z } from 'zod';
import type { CalendarDay, Commitment, Mark } from '../../../contract/restore/commitments.js';
import { addDays, dayIn } from '../../../domain/calendar.js';
import {
  daysFrom,
  daysHeld,
  duePerWeek,
  weekStartOf,
  whyNotDue,
  type Schedule,
  type StatusChange,
  type Weekday,
} from '../../../domain/commitments/schedule.js';
import { currentStrength, strengthLine } from '../../../domain/commitments/strength.js';
import { spaceRowBinding, type FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { timeZoneOf } from '../repair-shared/repair-kit.js';
import type { CommitmentRow, CommitmentRows, MarkRow, ReviewRow } from './queries.js';

type CommitmentOut = z.input<typeof Commitment>;
type MarkOut = z.input<typeof Mark>;

/** The reliability view reaches back half a year at most: enough to see a habit form. */
export const CALENDAR_DAYS = 26 * 7;

export function scheduleOf(row: CommitmentRow): Schedule {
  if (row.scheduleKind === 'weekdays') {
    const weekdays = (row.weekdays ?? '').split(',').filter(Boolean).map(Number) as Weekday[];
    return { kind: 'weekdays', weekdays };
  }
  if (row.scheduleKind === 'times-a-week')
    return { kind: 'times-a-week', times: row.timesPerWeek ?? 1 };
  return { kind: 'daily' };
}

export const changesOf = (rows: CommitmentRows): StatusChange[] =>
  rows.changes.map((change) => ({ status: change.status, day: change.day }));

/** Whether today can still take a mark: a due day, and for N a week, room left in the week. */
export function isDueToday(rows: CommitmentRows, today: string): boolean {
  const schedule = scheduleOf(rows.commitment);
  if (whyNotDue(schedule, changesOf(rows), today, today) !== null) return false;
  if (schedule.kind !== 'times-a-week') return true;
  const monday = weekStartOf(today);
  const inWeek = rows.marks.filter((mark) => mark.day >= monday && mark.day <= today);
  return inWeek.some((mark) => mark.day === today) || inWeek.length < schedule.times;
}

/** A commitment's strength from its marks: computed on every read, never stored. */
export const strengthOf = (rows: CommitmentRows): number =>
  currentStrength(rows.marks, duePerWeek(scheduleOf(rows.commitment)));

/** How long it has been held up to the owner's today, and its strength: what step 5 reads. */
export const standingOf = (rows: CommitmentRows, today: string) => ({
  daysHeld: daysHeld(changesOf(rows), today),
  strength: strengthOf(rows),
});

/** Each commitment owner's time zone, read once per owner: their days are their own. */
export async function ownerZones(
  db: Kysely<DB>,
  rows: readonly CommitmentRow[],
): Promise<Map<string, string>> {
  const zones = new Map<string, string>();
  for (const owner of new Set(rows.map((row) => row.authorId))) {
    zones.set(owner, await timeZoneOf(db, owner));
  }
  return zones;
}

export function commitmentPresenter(cipher: FieldCipher) {
  function mark(row: MarkRow, review: ReviewRow | undefined): MarkOut {
    return {
      day: row.day,
      outcome: row.outcome,
      note: cipher.decryptNullable(row.note, spaceRowBinding(row)),
      markedAt: row.updatedAt,
      review: review
        ? {
            verdict: review.verdict,
            by: review.authorId,
            note: cipher.decryptNullable(review.note, spaceRowBinding(review)),
            at: review.createdAt,
            answer:
              review.answer && review.answeredAt
                ? {
                    text: cipher.decrypt(review.answer, spaceRowBinding(review)),
                    at: review.answeredAt,
                  }
                : null,
          }
        : null,
    };
  }

  const markOf = (rows: CommitmentRows, markRow: MarkRow) =>
    mark(
      markRow,
      rows.reviews.find((review) => review.markId === markRow.id),
    );

  function commitment(rows: CommitmentRows, ownerTimeZone: string, now: Date): CommitmentOut {
    const row = rows.commitment;
    const today = dayIn(now, ownerTimeZone);
    const todays = rows.marks.find((markRow) => markRow.day === today);
    return {
      id: row.id,
      ownerId: row.authorId,
      text: cipher.decrypt(row.text, spaceRowBinding(row)),
      schedule: scheduleOf(row),
      needId: row.needId,
      status: row.status,
      startedOn: row.startedOn,
      changes: rows.changes.map((change) => ({
        status: change.status,
        day: change.day,
        at: change.createdAt,
      })),
      ...standingOf(rows, today),
      today: {
        day: today,
        due: isDueToday(rows, today),
        mark: todays ? markOf(rows, todays) : null,
      },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
    };
  }

  function calendar(rows: CommitmentRows, ownerTimeZone: string, now: Date) {
    const today = dayIn(now, ownerTimeZone);
    const schedule = scheduleOf(rows.commitment);
    const changes = changesOf(rows);
    const earliest = addDays(today, 1 - CALENDAR_DAYS);
    const from = rows.commitment.startedOn > earliest ? rows.commitment.startedOn : earliest;
    const byDay = new Map(rows.marks.map((markRow) => [markRow.day, markRow]));
    const days: z.input<typeof CalendarDay>[] = daysFrom(from, today).map((day) => {
      const found = byDay.get(day);
      if (found) return { day, state: found.outcome, mark: markOf(rows, found) };
      const why = whyNotDue(schedule, changes, day, today);
      // N a week owes no particular day: an unmarked day there is simply not due.
      const state =
        why === 'not-in-force' || why === 'not-yet'
          ? 'not-in-force'
          : why !== null || schedule.kind === 'times-a-week'
            ? 'not-due'
            : 'not-marked';
      return { day, state, mark: null };
    });
    return {
      calendar: days,
      strengthLine: strengthLine(rows.marks, duePerWeek(schedule)),
    };
  }

  return { commitment, calendar, markOf };
}

export type CommitmentPresenter = ReturnType<typeof commitmentPresenter>;
