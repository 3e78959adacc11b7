/**
 * "Where we are" and the timeline. The service gathers what the reader may
 * see — their own entries, the partner's shared ones, and the partner's
 * check-ins and conversation ratings only once revealed — and hands plain
 * facts to the pure `computePath`. So the path never tells one partner
 * something the other has not shown them yet.
 */
import type { z } from 'zod';
import {
  TIMELINE_KINDS,
  type PathAnswer,
  type TimelineItem,
  type TimelineQuery,
} from '../../../contract/repair/path.js';
import { addDays, dayIn } from '../../../domain/calendar.js';
import type { AgreementFacts, BreachFacts } from '../../../domain/path/facts.js';
import { computePath } from '../../../domain/path/progress.js';
import { isPartnerCheckInRevealed } from '../../../domain/reveal.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField } from '../../platform/http/problem.js';
import { viewOf } from '../agreements/agreement-view.js';
import { listAgreements, listAnswers, listBreaks, listVersions } from '../agreements/reads.js';
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
import { listSetbacks } from '../setbacks/reads.js';
import { restoreFacts } from './restore-facts.js';
import { listCommitmentChanges } from '../commitments/reads.js';

type TimelineOut = z.input<typeof TimelineItem>;

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
      const { spaceId, reader } = access;
      if (query.from && query.to && query.from > query.to) {
        throw invalidField('from', 'must not be after `to`');
      }
      const timeZone = await timeZoneOf(db, actor.memberId);
      const [breaches, acks, responses, statements, apologies, ratings] = await Promise.all([
        listBreaches(db, spaceId, reader),
        listAcknowledgments(db, spaceId, reader),
        listResponses(db, spaceId, reader),
        listImpactStatements(db, spaceId, reader),
        listApologies(db, spaceId, reader),
        listApologyRatings(db, spaceId, reader),
      ]);
      const [conversations, agreements, versions, answers, breaks, setbacks] = await Promise.all([
        listConversations(db, spaceId, reader),
        listAgreements(db, spaceId, reader),
        listVersions(db, spaceId, reader),
        listAnswers(db, spaceId, reader),
        listBreaks(db, spaceId, reader),
        listSetbacks(db, spaceId, reader),
      ]);
      // Oldest first per commitment, so its first "active" is the making and later ones resumptions.
      const changes = [...(await listCommitmentChanges(db, spaceId))].reverse();
      const madeFirst = new Set<string>();

      const item = (
        kind: TimelineOut['kind'],
        id: string,
        at: string,
        rest: Partial<TimelineOut>,
      ): TimelineOut => ({
        id: `${kind}:${id}`,
        kind,
        at,
        day: null,
        memberId: null,
        breachId: null,
        agreementId: null,
        conversationId: null,
        setbackId: null,
        label: null,
        severity: null,
        ...rest,
      });

      const items: TimelineOut[] = [
        ...breaches.map((b) =>
          item('breach-recorded', b.id, b.createdAt, {
            day: b.day,
            memberId: b.authorId,
            breachId: b.id,
            label: cipher.decrypt(b.title, { rowId: b.id, spaceId: b.spaceId }),
          }),
        ),
        ...acks.map((a) =>
          item('acknowledgment-written', a.id, a.createdAt, {
            memberId: a.authorId,
            breachId: a.breachId,
          }),
        ),
        ...responses.map((r) =>
          item('acknowledgment-answered', r.id, r.createdAt, {
            memberId: r.authorId,
            breachId: r.breachId,
          }),
        ),
        ...statements.map((s) =>
          item('impact-statement-written', s.id, s.createdAt, {
            memberId: s.authorId,
            breachId: s.breachId,
          }),
        ),
        ...apologies.map((a) =>
          item('apology-written', a.id, a.createdAt, {
            memberId: a.authorId,
            breachId: a.breachId,
          }),
        ),
        ...ratings.map((r) =>
          item('apology-rated', r.id, r.createdAt, { memberId: r.authorId, breachId: r.breachId }),
        ),
        ...conversations.map((c) =>
          item('conversation-logged', c.id, c.createdAt, {
            day: c.day,
            memberId: c.authorId,
            conversationId: c.id,
            breachId: c.breachId,
          }),
        ),
        ...agreements.flatMap((agreement) => {
          const mine = versions.filter((v) => v.agreementId === agreement.id);
          const view = viewOf(
            mine,
            answers.filter((a) => a.agreementId === agreement.id),
          );
          const out = [
            item('agreement-proposed', agreement.id, agreement.createdAt, {
              memberId: agreement.authorId,
              agreementId: agreement.id,
            }),
          ];
          for (const version of mine) {
            const state = view.versions.get(version.id);
            if (version.kind === 'terms' && state?.acceptedAt) {
              out.push(
                item('agreement-accepted', version.id, state.acceptedAt, {
                  agreementId: agreement.id,
                }),
              );
            }
          }
          if (view.retiredAt) {
            out.push(
              item('agreement-retired', agreement.id, view.retiredAt, {
                agreementId: agreement.id,
              }),
            );
          }
          return out;
        }),
        ...breaks.map((b) =>
          item(
            b.kind === 'self-disclosure' ? 'agreement-break-disclosed' : 'agreement-break-reported',
            b.id,
            b.createdAt,
            { day: b.day, memberId: b.authorId, agreementId: b.agreementId },
          ),
        ),
        ...setbacks.map((s) =>
          item('setback-logged', s.id, s.createdAt, {
            day: s.day,
            memberId: s.authorId,
            setbackId: s.id,
            breachId: s.breachId,
            agreementId: s.agreementId,
            severity: s.severity,
          }),
        ),
        ...changes.map((change) => {
          const made = change.status === 'active' && !madeFirst.has(change.commitmentId);
          madeFirst.add(change.commitmentId);
          const kind = made
            ? 'commitment-made'
            : change.status === 'active'
              ? 'commitment-resumed'
              : change.status === 'paused'
                ? 'commitment-paused'
                : 'commitment-ended';
          return item(kind, change.id, change.createdAt, {
            day: change.day,
            memberId: change.authorId,
          });
        }),
      ];

      const dayOf = (i: TimelineOut) => i.day ?? dayIn(new Date(i.at), timeZone);
      return items
        .filter(
          (i) => (!query.from || dayOf(i) >= query.from) && (!query.to || dayOf(i) <= query.to),
        )
        .sort(
          (a, b) =>
            // Newest first; at the same instant, the later step of the process first.
            b.at.localeCompare(a.at) ||
            TIMELINE_KINDS.indexOf(b.kind) - TIMELINE_KINDS.indexOf(a.kind) ||
            b.id.localeCompare(a.id),
        );
    },
  };
}

export type PathService = ReturnType<typeof pathService>;
