/**
 * Open conversations (step 2): a partner logs one; each partner rates how safe
 * and how heard they felt. A partner's rating is revealed like a check-in:
 * once the reader has rated the same conversation, or once the day it was
 * given is over in the reader's time zone. Notes are private or shared.
 */
import type { z } from 'zod';
import type {
  Conversation,
  ConversationRating,
  ListConversationsQuery,
  LogConversationBody,
  RateConversationBody,
} from '../../../contract/repair/conversations.js';
import { isPartnerRatingRevealed } from '../../../domain/path/rating-reveal.js';
import { canRead, type Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { findBreach } from '../breaches/reads.js';
import {
  partnerNeeded,
  requireNotInFuture,
  throttleRepairWrite,
  timeZoneOf,
} from '../repair-shared/repair-kit.js';
import { findPrompt } from '../prompts/library.js';
import {
  findConversation,
  findOwnRating,
  insertConversation,
  insertConversationRatingIfAbsent,
  updateConversationRating,
  type ConversationRatingRow,
  type ConversationRow,
} from './queries.js';
import { listConversationRatings, listConversations } from './reads.js';

type ConversationOut = z.input<typeof Conversation>;
type RatingOut = z.input<typeof ConversationRating>;

export interface RatingRevealView {
  reader: Reader;
  now: Date;
  timeZone: string;
}

/**
 * The ratings of one conversation as the reader may see them: their own, and
 * the partner's once revealed (its note only when shared). Exported for the path.
 */
export function visibleRatings(
  ratings: ConversationRatingRow[],
  view: RatingRevealView,
): { mine: ConversationRatingRow | null; partner: ConversationRatingRow | null } {
  const me = view.reader.memberId;
  const mine = ratings.find((r) => r.authorId === me) ?? null;
  const partner =
    ratings.find(
      (r) =>
        r.authorId !== me &&
        isPartnerRatingRevealed({
          ratedAt: new Date(r.createdAt),
          viewerRated: mine !== null,
          now: view.now,
          viewerTimeZone: view.timeZone,
        }),
    ) ?? null;
  return { mine, partner };
}

export function conversationService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  function presentRating(row: ConversationRatingRow | null, reader: Reader): RatingOut | null {
    if (!row) return null;
    const showNote =
      row.noteText !== null &&
      row.noteVisibility !== null &&
      canRead(
        {
          authorId: row.authorId,
          visibility: row.noteVisibility,
          therapistMaySee: row.therapistVisible === 1,
        },
        reader,
      );
    return {
      memberId: row.authorId,
      feltSafe: row.feltSafe,
      feltHeard: row.feltHeard,
      note:
        showNote && row.noteVisibility
          ? {
              text: cipher.decrypt(row.noteText!, { rowId: row.id, spaceId: row.spaceId }),
              visibility: row.noteVisibility,
            }
          : null,
      therapistMaySee: row.therapistVisible === 1,
      ratedAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  function present(
    row: ConversationRow,
    ratings: ConversationRatingRow[],
    view: RatingRevealView,
  ): ConversationOut {
    const prompt = row.promptId ? findPrompt(row.promptId) : undefined;
    const { mine, partner } = visibleRatings(
      ratings.filter((r) => r.conversationId === row.id),
      view,
    );
    return {
      id: row.id,
      loggedBy: row.authorId,
      day: row.day,
      topic: cipher.decrypt(row.topic, { rowId: row.id, spaceId: row.spaceId }),
      minutes: row.minutes,
      startedBy: row.startedById,
      prompt: prompt ? { id: prompt.id, text: prompt.text } : null,
      breachId: row.breachId,
      myRating: presentRating(mine, view.reader),
      partnerRating: presentRating(partner, view.reader),
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  async function presentOne(spaceId: string, view: RatingRevealView, id: string) {
    const row = await findConversation(db, spaceId, id, view.reader);
    if (!row) throw notFound();
    const ratings = await listConversationRatings(db, spaceId, view.reader, [row.id]);
    return present(row, ratings, view);
  }

  async function viewFor(reader: Reader): Promise<RatingRevealView> {
    return { reader, now: clock.now(), timeZone: await timeZoneOf(db, reader.memberId) };
  }

  return {
    async log(actor: Actor, input: z.output<typeof LogConversationBody>): Promise<ConversationOut> {
      const access = await requireAccess(db, actor, 'conversation.write');
      await throttleRepairWrite(limiter, actor.memberId);
      if (!access.partnerId) throw partnerNeeded();
      const view = await viewFor(access.reader);
      requireNotInFuture('day', input.day, view.now, view.timeZone);
      if (input.promptId && !findPrompt(input.promptId)) {
        throw invalidField('promptId', 'must be a prompt from the library');
      }
      if (
        input.breachId &&
        !(await findBreach(db, access.spaceId, input.breachId, access.reader))
      ) {
        throw notFound();
      }
      const id = newId(view.now.getTime());
      const stamp = view.now.toISOString();
      await insertConversation(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        day: input.day,
        topic: cipher.encrypt(input.topic, { rowId: id, spaceId: access.spaceId }),
        minutes: input.minutes,
        startedById: input.startedBy === 'me' ? actor.memberId : access.partnerId,
        promptId: input.promptId ?? null,
        breachId: input.breachId ?? null,
        // A conversation the two had: shared by nature.
        visibility: 'shared',
        therapistVisible: input.therapistMaySee ? 1 : 0,
        createdAt: stamp,
        updatedAt: stamp,
      });
      return presentOne(access.spaceId, view, id);
    },

    async list(
      actor: Actor,
      query: z.output<typeof ListConversationsQuery>,
    ): Promise<ConversationOut[]> {
      const access = await requireAccess(db, actor, 'conversation.read');
      if (query.from && query.to && query.from > query.to) {
        throw invalidField('from', 'must not be after `to`');
      }
      const view = await viewFor(access.reader);
      const rows = await listConversations(db, access.spaceId, access.reader, query);
      const ratings = await listConversationRatings(
        db,
        access.spaceId,
        access.reader,
        rows.map((r) => r.id),
      );
      return rows.map((row) => present(row, ratings, view));
    },

    async get(actor: Actor, conversationId: string): Promise<ConversationOut> {
      const access = await requireAccess(db, actor, 'conversation.read');
      return presentOne(access.spaceId, await viewFor(access.reader), conversationId);
    },

    /** Your own rating, written again to change it (an upsert: a retry does no harm). */
    async rate(
      actor: Actor,
      conversationId: string,
      input: z.output<typeof RateConversationBody>,
    ): Promise<ConversationOut> {
      const access = await requireAccess(db, actor, 'conversation.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const view = await viewFor(access.reader);
      const stamp = view.now.toISOString();
      // The note is encrypted bound to the rating's id: written for the row
      // that holds the rating, the new one or the one already there.
      const fieldsFor = (rowId: string): Partial<ConversationRatingRow> => {
        const fields: Partial<ConversationRatingRow> = {
          feltSafe: input.feltSafe,
          feltHeard: input.feltHeard,
          updatedAt: stamp,
        };
        if (input.therapistMaySee !== undefined) {
          fields.therapistVisible = input.therapistMaySee ? 1 : 0;
        }
        if (input.note !== undefined) {
          fields.noteText = input.note
            ? cipher.encrypt(input.note.text, { rowId, spaceId: access.spaceId })
            : null;
          fields.noteVisibility = input.note?.visibility ?? null;
        }
        return fields;
      };
      await db.transaction().execute(async (trx) => {
        const conversation = await findConversation(
          trx,
          access.spaceId,
          conversationId,
          access.reader,
        );
        if (!conversation) throw notFound();
        // A real upsert on (conversation, author): a retry meets the same row.
        const id = newId(view.now.getTime());
        const inserted = await insertConversationRatingIfAbsent(trx, {
          id,
          spaceId: access.spaceId,
          conversationId,
          authorId: actor.memberId,
          feltSafe: input.feltSafe,
          feltHeard: input.feltHeard,
          noteText: null,
          noteVisibility: null,
          // The numbers are shared, revealed by the check-in rule; the note has its own.
          visibility: 'shared',
          therapistVisible: 0,
          createdAt: stamp,
          ...fieldsFor(id),
        } as ConversationRatingRow);
        if (!inserted) {
          const existing = await findOwnRating(trx, access.spaceId, conversationId, actor.memberId);
          if (!existing) throw notFound();
          await updateConversationRating(trx, access.spaceId, existing.id, fieldsFor(existing.id));
        }
      });
      return presentOne(access.spaceId, view, conversationId);
    },
  };
}

export type ConversationService = ReturnType<typeof conversationService>;
