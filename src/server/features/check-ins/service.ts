/**
 * Daily check-ins: one per member per local day, written again to update.
 * Reading applies "answer privately, then reveal" and never shows a partner's
 * private note.
 */
import type { z } from 'zod';
import type { CheckIn, ListCheckInsQuery, PutCheckInBody } from '../../../contract/check-ins.js';
import { addDays, dayIn, daysBetween } from '../../../domain/calendar.js';
import { isWritableCheckInDay } from '../../../domain/check-in-rules.js';
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';
import { isBlank } from '../../../domain/text.js';
import type { Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import { announceToPartner } from '../../platform/events/announce.js';
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

  async function timeZoneOf(memberId: string): Promise<string> {
    const member = await findMemberById(db, memberId);
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
   */
  async function announceIfRevealed(access: SpaceAccess, row: CheckInRow, now: Date) {
    const partnerId = access.partnerId;
    if (!partnerId) return;
    let revealed: boolean;
    try {
      const theirs = await findCheckInForDay(db, access.spaceId, partnerId, row.day);
      revealed = isPartnerCheckInRevealed({
        day: row.day,
        viewerCheckedIn: theirs !== undefined,
        now,
        viewerTimeZone: await timeZoneOf(partnerId),
      });
    } catch (error) {
      // The check-in is saved; like any announcement, this one never fails it.
      deps.log.warn({ err: error }, 'check-in reveal not announced');
      return;
    }
    if (revealed) await announceToPartner(deps, access, { kind: 'check-in-revealed', id: row.id });
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
      const saved = await db.transaction().execute(async (trx) => {
        // A real upsert on (space, member, day): retries and double taps meet
        // the same row instead of racing to insert it.
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
        const existing = await findCheckInForDay(trx, access.spaceId, actor.memberId, day);
        if (!existing) throw notFound();
        // The update answers the row as written, so it is not read a second time.
        const row = await updateCheckIn(
          trx,
          access.spaceId,
          existing.id,
          withNote(existing.id),
          stamp,
        );
        if (!row) throw notFound();
        return row;
      });
      await announceIfRevealed(access, saved, now);
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
