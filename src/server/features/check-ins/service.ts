/**
 * Daily check-ins: one per member per local day, written again to update.
 * Reading applies "answer privately, then reveal" and never shows a partner's
 * private note.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CheckIn, ListCheckInsQuery, PutCheckInBody } from '../../../contract/check-ins.js';
import { addDays, dayIn, daysBetween } from '../../../domain/calendar.js';
import { isWritableCheckInDay } from '../../../domain/check-in-rules.js';
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';
import { isBlank } from '../../../domain/text.js';
import type { Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import type { DB } from '../../platform/db/schema.js';
import { publishAnnouncement, recordAnnouncement } from '../../platform/events/announce.js';
import type { BusEvent } from '../../platform/events/event-bus.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { findMemberById } from '../accounts/reads.js';
import { brokeTrustInSpace } from '../breaches/reads.js';
import {
  findCheckIn,
  findCheckInForDay,
  insertCheckInIfAbsent,
  updateCheckIn,
  type CheckInFields,
  type CheckInRow,
} from './queries.js';
import { listCheckInsBetween } from './reads.js';
import { readableNote } from './readable-note.js';
import { revealedTo } from './revealed-to.js';

type CheckInOut = z.input<typeof CheckIn>;

const DEFAULT_RANGE_DAYS = 60;

const perceivedTrustNotAsked = () =>
  unprocessable('perceived-trust-not-asked', 'This question is for a partner who broke trust', [
    {
      field: 'perceivedTrust',
      message: 'is asked only of a partner who broke trust in a breach you have recorded',
    },
  ]);
const MAX_RANGE_DAYS = 366;

const RATING_FIELDS = [
  'trust',
  'honesty',
  'reliability',
  'openness',
  'safety',
  'reassured',
  'perceivedTrust',
  'effort',
] as const;

export function checkInService(deps: Deps) {
  const { db, clock, cipher } = deps;

  /** `on`: the transaction a caller is in (a read beside it would wait for it). */
  async function timeZoneOf(memberId: string, on: Kysely<DB> = db): Promise<string> {
    const member = await findMemberById(on, memberId);
    if (!member) throw notFound();
    return member.timeZone;
  }

  /** Ratings follow the reveal rule; the note follows the visibility rule. */
  function present(row: CheckInRow, reader: Reader): CheckInOut {
    return {
      id: row.id,
      memberId: row.memberId,
      day: row.day,
      trust: row.trust,
      honesty: row.honesty,
      reliability: row.reliability,
      openness: row.openness,
      safety: row.safety,
      reassured: row.reassured,
      perceivedTrust: row.perceivedTrust,
      effort: row.effort,
      talkedOpenly: row.talkedOpenly === null ? null : row.talkedOpenly === 1,
      note: readableNote(row, reader, cipher),
      therapistMaySee: row.therapistVisible === 1,
      updatedAt: row.updatedAt,
    };
  }

  /**
   * A check-in the partner can now read is news to them: they answered that
   * day too, or the day is over where they are. One not yet revealed
   * announces nothing — the partner learns of it by answering themselves.
   * The event row is written in the check-in's own transaction (`db`), so the
   * write stays one commit; if the reveal cannot be worked out, the check-in
   * is saved without it, as any announcement never fails its write.
   */
  async function recordIfRevealed(
    trx: Kysely<DB>,
    access: SpaceAccess,
    row: CheckInRow,
    now: Date,
  ): Promise<BusEvent | null> {
    const partnerId = access.partnerId;
    if (!partnerId) return null;
    try {
      const theirs = await findCheckInForDay(trx, access.spaceId, partnerId, row.day);
      const revealed = isPartnerCheckInRevealed({
        day: row.day,
        viewerCheckedIn: theirs !== undefined,
        now,
        viewerTimeZone: await timeZoneOf(partnerId, trx),
      });
      if (!revealed) return null;
    } catch (error) {
      deps.log.warn({ err: error }, 'check-in reveal not announced');
      return null;
    }
    return recordAnnouncement(trx, clock, access, { kind: 'check-in-revealed', id: row.id });
  }

  return {
    async put(actor: Actor, input: z.output<typeof PutCheckInBody>): Promise<CheckInOut> {
      const access = await requireAccess(db, actor, 'checkIn.write');
      const now = clock.now();
      const timeZone = await timeZoneOf(actor.memberId);
      const day = input.day ?? dayIn(now, timeZone);
      if (!isWritableCheckInDay(day, now, timeZone)) {
        throw invalidField('day', 'must be today or yesterday in your time zone');
      }

      if (
        input.perceivedTrust !== undefined &&
        input.perceivedTrust !== null &&
        !(await brokeTrustInSpace(db, access.spaceId, access.reader))
      ) {
        throw perceivedTrustNotAsked();
      }

      const fields: Partial<CheckInFields> = {};
      for (const name of RATING_FIELDS) if (input[name] !== undefined) fields[name] = input[name];
      if (input.therapistMaySee !== undefined)
        fields.therapistVisible = input.therapistMaySee ? 1 : 0;
      if (input.talkedOpenly !== undefined) {
        fields.talkedOpenly = input.talkedOpenly === null ? null : input.talkedOpenly ? 1 : 0;
      }

      const stamp = now.toISOString();
      // The note is encrypted bound to its row's id, so it is written for the
      // row that holds the day: the new one, or the one already there.
      const withNote = (rowId: string): Partial<CheckInFields> => {
        if (input.note === undefined) return fields;
        const text = input.note !== null && !isBlank(input.note.text) ? input.note.text : null;
        return {
          ...fields,
          noteText: cipher.encryptNullable(text, { rowId, spaceId: access.spaceId }),
          noteVisibility: text === null ? null : (input.note?.visibility ?? null),
        };
      };
      // A real upsert on (space, member, day): retries and double taps meet the
      // same row instead of racing to insert it. The day's row is usually
      // there already (a check-in is written again to update it), so it is
      // looked for first and the note is encrypted once, for the row that holds it.
      const writeDay = async (trx: Kysely<DB>): Promise<CheckInRow> => {
        const update = async (rowId: string) => {
          const row = await updateCheckIn(trx, access.spaceId, rowId, withNote(rowId), stamp);
          if (!row) throw notFound();
          return row;
        };
        const existing = await findCheckInForDay(trx, access.spaceId, actor.memberId, day);
        if (existing) return update(existing.id);
        const id = newId(now.getTime());
        const inserted = await insertCheckInIfAbsent(trx, {
          id,
          spaceId: access.spaceId,
          memberId: actor.memberId,
          day,
          trust: null,
          honesty: null,
          reliability: null,
          openness: null,
          safety: null,
          reassured: null,
          perceivedTrust: null,
          effort: null,
          talkedOpenly: null,
          noteText: null,
          noteVisibility: null,
          therapistVisible: 0,
          ...withNote(id),
          createdAt: stamp,
          updatedAt: stamp,
        });
        if (inserted) return inserted;
        // Another request inserted the day since it was looked for (on
        // PostgreSQL this insert waited for it): this one updates that row.
        const raced = await findCheckInForDay(trx, access.spaceId, actor.memberId, day);
        if (!raced) throw notFound();
        return update(raced.id);
      };
      const { saved, event } = await db.transaction().execute(async (trx) => {
        const row = await writeDay(trx);
        return { saved: row, event: await recordIfRevealed(trx, access, row, now) };
      });
      await publishAnnouncement(deps, access.spaceId, event);
      return present(saved, access.reader);
    },

    async list(actor: Actor, query: z.output<typeof ListCheckInsQuery>) {
      const access = await requireAccess(db, actor, 'checkIn.read');
      const now = clock.now();
      const timeZone = await timeZoneOf(actor.memberId);
      const today = dayIn(now, timeZone);
      const to = query.to ?? today;
      const from = query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
      if (from > to) throw invalidField('from', 'must not be after `to`');
      if (daysBetween(from, to) >= MAX_RANGE_DAYS) {
        throw unprocessable('range-too-long', `Ask for at most ${MAX_RANGE_DAYS} days at a time`, [
          { field: 'from', message: `must be within ${MAX_RANGE_DAYS} days of \`to\`` },
        ]);
      }
      const rows = await listCheckInsBetween(db, access.spaceId, from, to);
      const visible = revealedTo(rows, { memberId: actor.memberId, timeZone }, now);
      return {
        items: visible.map((row) => present(row, access.reader)),
        today,
        asksPerceivedTrust: await brokeTrustInSpace(db, access.spaceId, access.reader),
      };
    },

    async get(actor: Actor, checkInId: string): Promise<CheckInOut> {
      const access = await requireAccess(db, actor, 'checkIn.read');
      const row = await findCheckIn(db, access.spaceId, checkInId);
      if (!row) throw notFound();
      if (row.memberId !== actor.memberId) {
        const now = clock.now();
        const mine = await findCheckInForDay(db, access.spaceId, actor.memberId, row.day);
        const revealed = isPartnerCheckInRevealed({
          day: row.day,
          viewerCheckedIn: mine !== undefined,
          now,
          viewerTimeZone: await timeZoneOf(actor.memberId),
        });
        // Not revealed yet is the same as not there: no hint that the partner answered.
        if (!revealed) throw notFound();
      }
      return present(row, access.reader);
    },
  };
}

export type CheckInService = ReturnType<typeof checkInService>;
