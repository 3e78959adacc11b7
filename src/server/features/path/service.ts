/**
 * "Where we are" and the timeline (timeline.ts). The service gathers what the reader may
 * see — their own entries, the partner's shared ones, and the partner's
 * check-ins and conversation ratings only once revealed — and hands plain
 * facts to the pure `computePath`. So the path never tells one partner
 * something the other has not shown them yet.
 */
import type { z } from 'zod';
import type { PathAnswer, TimelineQuery } from '../../../contract/repair/path.js';
import { addDays, dayIn } from '../../../domain/calendar.js';
import type { AgreementFacts, BreachFacts } from '../../../domain/path/facts.js';
import { computePath } from '../../../domain/path/progress.js';
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField } from '../../platform/http/problem.js';
import { viewOf } from '../agreements/agreement-view.js';
import { listAgreements, listAnswers, listVersions } from '../agreements/reads.js';
import { listApologies, listApologyRatings, listImpactStatements } from '../apologies/reads.js';
import {
  listAcknowledgments,
  listBreaches,
  listResponses,
  listSeverities,
} from '../breaches/reads.js';
import { timeZoneOf } from '../repair-shared/repair-kit.js';
import { breachParties } from '../breaches/service.js';
import { listCheckInsBetween } from '../check-ins/reads.js';
import { listConversationRatings, listConversations } from '../conversations/reads.js';
import { visibleRatings } from '../conversations/service.js';
import { restoreFacts } from './restore-facts.js';
import { timelineOf, type TimelineOut } from './timeline.js';

/** Enough days back for the twelve-week window of step 7, whatever the partner's time zone. */
const CHECK_IN_LOOKBACK_DAYS = 12 * 7 + 1;

export function pathService(deps: Deps) {
  const { db, clock, cipher } = deps;

  async function breachFacts(access: SpaceAccess): Promise<BreachFacts[]> {
    const { spaceId, reader } = access;
    const [breaches, acks, responses, statements, apologies, ratings] = await Promise.all([
      listBreaches(db, spaceId, reader),
      listAcknowledgments(db, spaceId, reader),
      listResponses(db, spaceId, reader),
      listImpactStatements(db, spaceId, reader),
      listApologies(db, spaceId, reader),
      listApologyRatings(db, spaceId, reader),
    ]);
    return breaches.map((breach) => ({
      id: breach.id,
      recordedAt: breach.createdAt,
      parties: breachParties(breach),
      acknowledgments: acks
        .filter((a) => a.breachId === breach.id)
        .map((a) => {
          const response = responses.find((r) => r.acknowledgmentId === a.id);
          return {
            authorId: a.authorId,
            version: a.version,
            createdAt: a.createdAt,
            response: response
              ? { authorId: response.authorId, verdict: response.verdict, at: response.createdAt }
              : null,
          };
        }),
      impactStatements: statements
        .filter((s) => s.breachId === breach.id)
        .map((s) => ({ authorId: s.authorId, version: s.version, createdAt: s.createdAt })),
      apologies: apologies
        .filter((a) => a.breachId === breach.id)
        .map((a) => {
          const rating = ratings.find((r) => r.apologyId === a.id);
          return {
            authorId: a.authorId,
            version: a.version,
            createdAt: a.createdAt,
            rating: rating
              ? {
                  authorId: rating.authorId,
                  understood: rating.understood,
                  anotherTry: rating.anotherTry === 1,
                  at: rating.createdAt,
                }
              : null,
          };
        }),
    }));
  }

  async function agreementFacts(access: SpaceAccess): Promise<AgreementFacts[]> {
    const { spaceId, reader } = access;
    const [agreements, versions, answers] = await Promise.all([
      listAgreements(db, spaceId, reader),
      listVersions(db, spaceId, reader),
      listAnswers(db, spaceId, reader),
    ]);
    return agreements.map((agreement) => {
      const mine = versions.filter((v) => v.agreementId === agreement.id);
      const view = viewOf(
        mine,
        answers.filter((a) => a.agreementId === agreement.id),
      );
      const active = view.activeVersionId ? view.versions.get(view.activeVersionId) : undefined;
      const pending = mine.find((v) => v.id === view.pendingVersionId);
      return {
        id: agreement.id,
        status: view.status,
        activeAcceptedBy: active?.acceptedBy ?? [],
        activeSince: view.activeSince,
        pending: pending ? { authorId: pending.authorId } : null,
      };
    });
  }

  return {
    async path(actor: Actor): Promise<z.input<typeof PathAnswer>> {
      const access = await requireAccess(db, actor, 'path.read');
      const { spaceId, reader } = access;
      const now = clock.now();
      const timeZone = await timeZoneOf(db, actor.memberId);
      const today = dayIn(now, timeZone);

      const [breaches, agreements, severities, checkIns, conversations, restore] =
        await Promise.all([
          breachFacts(access),
          agreementFacts(access),
          listSeverities(db, spaceId, reader),
          listCheckInsBetween(
            db,
            spaceId,
            addDays(today, -CHECK_IN_LOOKBACK_DAYS),
            addDays(today, 1),
          ),
          listConversations(db, spaceId, reader, { from: addDays(today, -CHECK_IN_LOOKBACK_DAYS) }),
          restoreFacts(db, cipher, access, now, timeZone),
        ]);
      const ratings = await listConversationRatings(
        db,
        spaceId,
        reader,
        conversations.map((c) => c.id),
      );
      const myDays = new Set(
        checkIns.filter((c) => c.memberId === actor.memberId).map((c) => c.day),
      );
      const view = { reader, now, timeZone };
      // The reader's own check-ins and the partner's revealed ones: the reveal
      // rule holds for the path as for the check-in screen.
      const seen = checkIns.filter(
        (c) =>
          c.memberId === actor.memberId ||
          isPartnerCheckInRevealed({
            day: c.day,
            viewerCheckedIn: myDays.has(c.day),
            now,
            viewerTimeZone: timeZone,
          }),
      );

      return computePath({
        now,
        timeZone,
        readerId: actor.memberId,
        partnerId: access.partnerId,
        breaches,
        checkIns: seen.map((c) => ({ memberId: c.memberId, day: c.day })),
        conversations: conversations.map((c) => {
          const { mine, partner } = visibleRatings(
            ratings.filter((r) => r.conversationId === c.id),
            view,
          );
          return {
            id: c.id,
            day: c.day,
            ratings: [mine, partner]
              .filter((r) => r !== null)
              .map((r) => ({ memberId: r.authorId, feltSafe: r.feltSafe })),
          };
        }),
        agreements,
        severities: severities.map((s) => ({ breachId: s.breachId!, severity: s.severity })),
        restore: {
          ...restore,
          reassured: seen.flatMap((c) =>
            c.reassured === null ? [] : [{ memberId: c.memberId, day: c.day, value: c.reassured }],
          ),
        },
      });
    },

    async timeline(actor: Actor, query: z.output<typeof TimelineQuery>): Promise<TimelineOut[]> {
      const access = await requireAccess(db, actor, 'path.read');
      if (query.from && query.to && query.from > query.to) {
        throw invalidField('from', 'must not be after `to`');
      }
      return timelineOf(db, cipher, access, await timeZoneOf(db, actor.memberId), query);
    },
  };
}

export type PathService = ReturnType<typeof pathService>;
