/**
 * The timeline: what happened on the path, newest first, as far as the reader
 * may see it — their own entries and the partner's shared ones. The repair
 * phase's entries are gathered here; restore and regain add theirs
 * (restore-timeline.ts). Only labels a reader already sees elsewhere (a
 * breach's title) go in; nothing else of anyone's words.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  TIMELINE_KINDS,
  type TimelineItem,
  type TimelineQuery,
} from '../../../contract/repair/path.js';
import { dayIn } from '../../../domain/calendar.js';
import type { SpaceAccess } from '../../platform/auth/access.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DB } from '../../platform/db/schema.js';
import { viewOf } from '../agreements/agreement-view.js';
import { listAgreements, listAnswers, listBreaks, listVersions } from '../agreements/reads.js';
import { listApologies, listApologyRatings, listImpactStatements } from '../apologies/reads.js';
import { listAcknowledgments, listBreaches, listResponses } from '../breaches/reads.js';
import { listConversations } from '../conversations/reads.js';
import { listSetbacks } from '../setbacks/reads.js';
import { restoreTimeline } from './restore-timeline.js';

export type TimelineOut = z.input<typeof TimelineItem>;

/** Makes one entry: its kind, the id it stands for, when, and what it names. */
export type MakeItem = (
  kind: TimelineOut['kind'],
  id: string,
  at: string,
  rest: Partial<TimelineOut>,
) => TimelineOut;

export async function timelineOf(
  db: Kysely<DB>,
  cipher: FieldCipher,
  access: SpaceAccess,
  timeZone: string,
  query: z.output<typeof TimelineQuery>,
): Promise<TimelineOut[]> {
  const { spaceId, reader } = access;
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
  const item: MakeItem = (kind, id, at, rest) => ({
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
    ...(await restoreTimeline(db, access, item)),
  ];

  const dayOf = (i: TimelineOut) => i.day ?? dayIn(new Date(i.at), timeZone);
  return items
    .filter((i) => (!query.from || dayOf(i) >= query.from) && (!query.to || dayOf(i) <= query.to))
    .sort(
      (a, b) =>
        // Newest first; at the same instant, the later step of the process first.
        b.at.localeCompare(a.at) ||
        TIMELINE_KINDS.indexOf(b.kind) - TIMELINE_KINDS.indexOf(a.kind) ||
        b.id.localeCompare(a.id),
    );
}
