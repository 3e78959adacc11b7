/**
 * The report for a therapist: one read that gathers, for a chosen period,
 * what the printable report needs — through the features' own reads, so the
 * visibility rule and the check-in reveal rule hold exactly as on their
 * screens. Only shared entries leave (the reader's own and the partner's), each
 * with its "therapist may see" flag: the page prints the flagged ones and those
 * the partner ticks. Nothing is written; the partner's choice is not stored.
 */
import type { z } from 'zod';
import type {
  ReportAgreement,
  ReportCommitment,
  ReportConversation,
  TherapistReportAnswer,
  TherapistReportQuery,
} from '../../../contract/report/therapist-report.js';
import { dayIn } from '../../../domain/calendar.js';
import { reportPeriod, REPORT_MAX_DAYS, weeklyTrends } from '../../../domain/report.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import { findMemberById } from '../accounts/reads.js';
import { agreementService } from '../agreements/service.js';
import { listCheckInsBetween } from '../check-ins/reads.js';
import { readableNote } from '../check-ins/readable-note.js';
import { revealedTo } from '../check-ins/revealed-to.js';
import { commitmentService } from '../commitments/service.js';
import { conversationService } from '../conversations/service.js';
import { pathService } from '../path/service.js';
import { findPartner } from '../spaces/reads.js';

type Answer = z.input<typeof TherapistReportAnswer>;
type Period = { from: string; to: string };

const within = (day: string, { from, to }: Period) => day >= from && day <= to;

export function reportService(deps: Deps) {
  const { db, clock, cipher } = deps;
  const path = pathService(deps);
  const commitments = commitmentService(deps);
  const conversations = conversationService(deps);
  const agreements = agreementService(deps);

  /** Commitments in force at some time in the period: started by its end, not ended before it. */
  async function commitmentsIn(
    actor: Actor,
    period: Period,
  ): Promise<z.input<typeof ReportCommitment>[]> {
    const { items } = await commitments.list(actor);
    return items
      .filter((c) => {
        if (c.startedOn > period.to) return false;
        const ended = c.changes.filter((change) => change.status === 'ended').at(-1);
        return c.status !== 'ended' || !ended || ended.day >= period.from;
      })
      .map((c) => ({
        id: c.id,
        ownerId: c.ownerId,
        text: c.text,
        schedule: c.schedule,
        status: c.status,
        startedOn: c.startedOn,
        strength: c.strength,
        daysHeld: c.daysHeld,
        therapistMaySee: c.therapistMaySee,
      }));
  }

  async function conversationsIn(
    actor: Actor,
    period: Period,
  ): Promise<z.input<typeof ReportConversation>[]> {
    const items = await conversations.list(actor, period);
    return items
      .filter((c) => within(c.day, period))
      .map((c) => ({
        id: c.id,
        loggedBy: c.loggedBy,
        day: c.day,
        topic: c.topic,
        minutes: c.minutes,
        ratings: [c.myRating, c.partnerRating].flatMap((rating) =>
          rating
            ? [
                {
                  memberId: rating.memberId,
                  feltSafe: rating.feltSafe,
                  feltHeard: rating.feltHeard,
                  note: rating.note?.visibility === 'shared' ? rating.note.text : null,
                  therapistMaySee: rating.therapistMaySee,
                },
              ]
            : [],
        ),
        therapistMaySee: c.therapistMaySee,
      }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }

  /** Agreements that existed at some time in the period, with the terms in force (or proposed). */
  async function agreementsIn(
    actor: Actor,
    period: Period,
    timeZone: string,
  ): Promise<z.input<typeof ReportAgreement>[]> {
    const dayOf = (instant: string) => dayIn(new Date(instant), timeZone);
    const items = await agreements.list(actor);
    return items.flatMap((a) => {
      if (dayOf(a.createdAt) > period.to) return [];
      if (a.retiredAt && dayOf(a.retiredAt) < period.from) return [];
      const shown = a.active ?? a.pending ?? a.versions.at(-1);
      if (!shown) return [];
      return [
        {
          id: a.id,
          versionId: shown.id,
          status: a.status,
          authorId: shown.authorId,
          text: shown.text,
          reviewOn: shown.reviewOn,
          activeSince: a.activeSince,
          retiredAt: a.retiredAt,
          breaks: a.breaks.filter((b) => within(b.day, period)).length,
          therapistMaySee: shown.therapistMaySee,
          createdAt: a.createdAt,
        },
      ];
    });
  }

  return {
    async therapistReport(
      actor: Actor,
      query: z.output<typeof TherapistReportQuery>,
    ): Promise<Answer> {
      const access = await requireAccess(db, actor, 'report.read');
      const now = clock.now();
      const member = await findMemberById(db, actor.memberId);
      if (!member) throw notFound();
      const today = dayIn(now, member.timeZone);
      const period = reportPeriod(query, today);
      if ('problem' in period) {
        if (period.problem === 'to-before-from') {
          throw invalidField('to', 'must not be before `from`');
        }
        throw unprocessable('range-too-long', 'A report covers at most two years', [
          { field: 'from', message: `must be within ${REPORT_MAX_DAYS} days of \`to\`` },
        ]);
      }

      const [pathAnswer, partner, checkInRows, commitmentItems, conversationItems, agreementItems] =
        await Promise.all([
          path.path(actor),
          access.partnerId ? findPartner(db, access.spaceId, access.partnerId) : undefined,
          listCheckInsBetween(db, access.spaceId, period.from, period.to),
          commitmentsIn(actor, period),
          conversationsIn(actor, period),
          agreementsIn(actor, period, member.timeZone),
        ]);
      // The reader's own check-ins and the partner's revealed ones, as on the check-in screen.
      const checkIns = revealedTo(
        checkInRows,
        { memberId: actor.memberId, timeZone: member.timeZone },
        now,
      ).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));

      return {
        from: period.from,
        to: period.to,
        today,
        madeAt: now.toISOString(),
        you: { id: member.id, displayName: member.displayName },
        partner: partner ? { id: partner.id, displayName: partner.displayName } : null,
        steps: pathAnswer.steps.map((step) => ({
          number: step.number,
          key: step.key,
          phase: step.phase,
          title: step.title,
          status: step.status,
          reachedAt: step.reachedAt,
        })),
        weeks: weeklyTrends(checkIns, actor.memberId, period),
        checkInNotes: checkIns.flatMap((row) => {
          const note = readableNote(row, access.reader, cipher);
          if (!note || note.visibility !== 'shared') return [];
          return [
            {
              id: row.id,
              authorId: row.memberId,
              day: row.day,
              text: note.text,
              therapistMaySee: row.therapistVisible === 1,
            },
          ];
        }),
        commitments: commitmentItems,
        conversations: conversationItems,
        agreements: agreementItems,
      };
    },
  };
}

export type ReportService = ReturnType<typeof reportService>;
