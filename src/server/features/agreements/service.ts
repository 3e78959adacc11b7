/**
 * Agreements (step 4): propose, accept (both), change (a new version that
 * needs both again), retire (needs both), and tell of a break — "I broke it"
 * or "my partner broke it", kept apart. Nothing is deleted.
 */
import type { z } from 'zod';
import type {
  AgreementBreakBody,
  DeclineAgreementBody,
  EditAgreementProposalBody,
  ProposeAgreementBody,
  ProposeAgreementChangeBody,
  ProposeRetirementBody,
} from '../../../contract/repair/agreements.js';
import { dayIn } from '../../../domain/calendar.js';
import { reviewDayProblem } from '../../../domain/day-bounds.js';
import type { AgreementView } from '../../../domain/path/agreements.js';
import { nextVersionNumber } from '../../../domain/path/versions.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import { announceToPartner } from '../../platform/events/announce.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import {
  alreadyAnswered,
  isUniqueViolation,
  notLatestVersion,
  notTheAuthor,
  partnerNeeded,
  requireNotInFuture,
  throttleRepairWrite,
  timeZoneOf,
  tryAgain,
  versionLocked,
} from '../repair-shared/repair-kit.js';
import {
  answersTo,
  findVersion,
  insertAgreement,
  insertAnswer,
  insertBreak,
  insertVersion,
  latestAgreementVersion,
  updateVersion,
  type AgreementAnswerRow,
  type AgreementBreakRow,
  type AgreementRow,
  type AgreementVersionRow,
} from './queries.js';
import { viewOf } from './agreement-view.js';
import { agreementPresenters, type AgreementOut, type BreakOut } from './presenters.js';
import { findAgreement, listAgreements, listAnswers, listBreaks, listVersions } from './reads.js';

export const ownProposal = () =>
  new AppError({
    code: 'own-proposal',
    title: 'This is your own proposal',
    detail: 'You accepted it by proposing it; the answer is your partner’s to give.',
  });
const retired = () =>
  conflict('agreement-retired', 'This agreement is retired', 'You both agreed to retire it.');
const notActive = (detail = 'A break can be told once you have both accepted the agreement.') =>
  conflict('agreement-not-active', 'This agreement is not active', detail);

export function agreementService(deps: Deps) {
  const { db, clock, cipher, limiter, dbKind } = deps;
  const { presentAgreement, presentBreak } = agreementPresenters(cipher);

  async function presentOne(access: SpaceAccess, agreementId: string): Promise<AgreementOut> {
    const agreement = await findAgreement(db, null, access.spaceId, agreementId, access.reader);
    if (!agreement) throw notFound();
    const [versions, answers, breaks] = await Promise.all([
      listVersions(db, access.spaceId, access.reader, agreementId),
      listAnswers(db, access.spaceId, access.reader, agreementId),
      listBreaks(db, access.spaceId, access.reader, agreementId),
    ]);
    return presentAgreement(agreement, versions, answers, breaks, access);
  }

  /** Today or later, and a few years ahead at most (domain/day-bounds.ts). */
  async function requireReviewDay(reviewOn: string | null | undefined, memberId: string) {
    if (!reviewOn) return;
    const problem = reviewDayProblem(reviewOn, dayIn(clock.now(), await timeZoneOf(db, memberId)));
    if (problem) throw invalidField('reviewOn', problem);
  }

  /** A write on one agreement: the agreement row is held for the transaction. */
  async function onAgreement<T>(
    access: SpaceAccess,
    agreementId: string,
    work: (trx: typeof db, agreement: AgreementRow, view: AgreementView) => Promise<T>,
  ): Promise<T> {
    try {
      return await db.transaction().execute(async (trx) => {
        const agreement = await findAgreement(
          trx,
          dbKind,
          access.spaceId,
          agreementId,
          access.reader,
        );
        if (!agreement) throw notFound();
        const [versions, answers] = await Promise.all([
          listVersions(trx, access.spaceId, access.reader, agreementId),
          listAnswers(trx, access.spaceId, access.reader, agreementId),
        ]);
        return work(trx, agreement, viewOf(versions, answers));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw tryAgain();
      throw error;
    }
  }

  async function addVersion(
    trx: typeof db,
    access: SpaceAccess,
    agreementId: string,
    kind: AgreementVersionRow['kind'],
    text: string | null,
    reviewOn: string | null,
    therapistMaySee: boolean | undefined,
  ): Promise<void> {
    const now = clock.now();
    const id = newId(now.getTime());
    const latest = await latestAgreementVersion(trx, access.spaceId, agreementId);
    await insertVersion(trx, {
      id,
      spaceId: access.spaceId,
      agreementId,
      authorId: access.memberId,
      version: nextVersionNumber(latest),
      kind,
      text: cipher.encryptNullable(text, { rowId: id, spaceId: access.spaceId }),
      reviewOn,
      visibility: 'shared',
      therapistVisible: therapistMaySee ? 1 : 0,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  }

  async function answer(
    actor: Actor,
    versionId: string,
    kind: AgreementAnswerRow['answer'],
    comment: string | null,
  ): Promise<AgreementOut> {
    const access = await requireAccess(db, actor, 'agreement.write');
    await throttleRepairWrite(limiter, actor.memberId);
    const version = await findVersion(db, access.spaceId, versionId, access.reader);
    if (!version) throw notFound();
    const written = await onAgreement(
      access,
      version.agreementId,
      async (trx, _agreement, view) => {
        if (version.authorId === actor.memberId) throw ownProposal();
        const given = (await answersTo(trx, access.spaceId, version.id)).find(
          (a) => a.authorId === actor.memberId,
        );
        // Saying the same again (a retried tap) changes nothing and is no error.
        if (given?.answer === kind) return false;
        if (given) throw alreadyAnswered();
        if (view.status === 'retired') throw retired();
        if (!view.versions.get(version.id)?.latest) throw notLatestVersion();
        const now = clock.now();
        const id = newId(now.getTime());
        await insertAnswer(trx, {
          id,
          spaceId: access.spaceId,
          agreementId: version.agreementId,
          versionId: version.id,
          authorId: actor.memberId,
          answer: kind,
          comment: cipher.encryptNullable(comment, { rowId: id, spaceId: access.spaceId }),
          visibility: 'shared',
          therapistVisible: 0,
          createdAt: now.toISOString(),
        });
        return true;
      },
    );
    if (written) {
      await announceToPartner(deps, access, {
        kind: 'agreement-answered',
        id: version.agreementId,
      });
    }
    return presentOne(access, version.agreementId);
  }

  async function tellOfBreak(
    actor: Actor,
    agreementId: string,
    input: z.output<typeof AgreementBreakBody>,
    kind: AgreementBreakRow['kind'],
  ): Promise<BreakOut> {
    const access = await requireAccess(db, actor, 'agreement.write');
    await throttleRepairWrite(limiter, actor.memberId);
    const now = clock.now();
    requireNotInFuture('day', input.day, now, await timeZoneOf(db, actor.memberId));
    const brokenBy = kind === 'self-disclosure' ? actor.memberId : access.partnerId;
    const id = newId(now.getTime());
    await onAgreement(access, agreementId, async (trx, _agreement, view) => {
      if (view.status !== 'active') throw notActive();
      if (!brokenBy) throw partnerNeeded();
      await insertBreak(trx, {
        id,
        spaceId: access.spaceId,
        agreementId,
        versionId: view.activeVersionId,
        authorId: actor.memberId,
        kind,
        brokenById: brokenBy,
        day: input.day,
        note: cipher.encryptNullable(input.note ?? null, { rowId: id, spaceId: access.spaceId }),
        visibility: 'shared',
        therapistVisible: input.therapistMaySee ? 1 : 0,
        createdAt: now.toISOString(),
      });
    });
    const breaks = await listBreaks(db, access.spaceId, access.reader, agreementId);
    const saved = breaks.find((b) => b.id === id);
    if (!saved) throw notFound();
    return presentBreak(saved);
  }

  return {
    async propose(
      actor: Actor,
      input: z.output<typeof ProposeAgreementBody>,
    ): Promise<AgreementOut> {
      const access = await requireAccess(db, actor, 'agreement.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await requireReviewDay(input.reviewOn, actor.memberId);
      const now = clock.now();
      const agreementId = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        await insertAgreement(trx, {
          id: agreementId,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          visibility: 'shared',
          therapistVisible: 0,
          createdAt: now.toISOString(),
        });
        await addVersion(
          trx,
          access,
          agreementId,
          'terms',
          input.text,
          input.reviewOn ?? null,
          input.therapistMaySee,
        );
      });
      await announceToPartner(deps, access, { kind: 'agreement-proposed', id: agreementId });
      return presentOne(access, agreementId);
    },

    async list(actor: Actor): Promise<AgreementOut[]> {
      const access = await requireAccess(db, actor, 'agreement.read');
      const [agreements, versions, answers, breaks] = await Promise.all([
        listAgreements(db, access.spaceId, access.reader),
        listVersions(db, access.spaceId, access.reader),
        listAnswers(db, access.spaceId, access.reader),
        listBreaks(db, access.spaceId, access.reader),
      ]);
      return agreements.map((a) => presentAgreement(a, versions, answers, breaks, access));
    },

    async get(actor: Actor, agreementId: string): Promise<AgreementOut> {
      const access = await requireAccess(db, actor, 'agreement.read');
      return presentOne(access, agreementId);
    },

    async proposeChange(
      actor: Actor,
      agreementId: string,
      input: z.output<typeof ProposeAgreementChangeBody>,
    ): Promise<AgreementOut> {
      const access = await requireAccess(db, actor, 'agreement.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await requireReviewDay(input.reviewOn, actor.memberId);
      await onAgreement(access, agreementId, async (trx, _agreement, view) => {
        if (view.status === 'retired') throw retired();
        await addVersion(
          trx,
          access,
          agreementId,
          'terms',
          input.text,
          input.reviewOn ?? null,
          input.therapistMaySee,
        );
      });
      await announceToPartner(deps, access, { kind: 'agreement-proposed', id: agreementId });
      return presentOne(access, agreementId);
    },

    async proposeRetirement(
      actor: Actor,
      agreementId: string,
      input: z.output<typeof ProposeRetirementBody>,
    ): Promise<AgreementOut> {
      const access = await requireAccess(db, actor, 'agreement.write');
      await throttleRepairWrite(limiter, actor.memberId);
      await onAgreement(access, agreementId, async (trx, _agreement, view) => {
        if (view.status === 'retired') throw retired();
        if (view.status !== 'active') {
          throw notActive(
            'Nothing is in force to retire yet: it becomes an agreement once you have both accepted it.',
          );
        }
        await addVersion(
          trx,
          access,
          agreementId,
          'retire',
          input.reason ?? null,
          null,
          input.therapistMaySee,
        );
      });
      await announceToPartner(deps, access, { kind: 'agreement-proposed', id: agreementId });
      return presentOne(access, agreementId);
    },

    async editProposal(
      actor: Actor,
      versionId: string,
      input: z.output<typeof EditAgreementProposalBody>,
    ): Promise<AgreementOut> {
      const access = await requireAccess(db, actor, 'agreement.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const version = await findVersion(db, access.spaceId, versionId, access.reader);
      if (!version) throw notFound();
      if (version.authorId !== actor.memberId) throw notTheAuthor();
      if (version.kind === 'retire' && (input.text !== undefined || input.reviewOn !== undefined)) {
        throw invalidField('text', 'a request to retire has a reason, not terms');
      }
      if (version.kind === 'terms' && input.reason !== undefined) {
        throw invalidField('reason', 'only a request to retire has a reason');
      }
      await requireReviewDay(input.reviewOn, actor.memberId);
      await onAgreement(access, version.agreementId, async (trx, _agreement, view) => {
        if (view.status === 'retired') throw retired();
        const state = view.versions.get(version.id);
        if (state?.lockReason) throw versionLocked(state.lockReason);
        const binding = { rowId: version.id, spaceId: version.spaceId };
        const text =
          version.kind === 'retire'
            ? input.reason !== undefined
              ? { text: cipher.encryptNullable(input.reason ?? null, binding) }
              : {}
            : input.text !== undefined
              ? { text: cipher.encrypt(input.text, binding) }
              : {};
        await updateVersion(trx, access.spaceId, version.id, {
          ...text,
          ...(input.reviewOn !== undefined ? { reviewOn: input.reviewOn } : {}),
          updatedAt: clock.now().toISOString(),
        });
      });
      await announceToPartner(deps, access, {
        kind: 'agreement-proposed',
        id: version.agreementId,
      });
      return presentOne(access, version.agreementId);
    },

    accept: (actor: Actor, versionId: string) => answer(actor, versionId, 'accepted', null),

    decline: (actor: Actor, versionId: string, input: z.output<typeof DeclineAgreementBody>) =>
      answer(actor, versionId, 'declined', input.comment ?? null),

    discloseBreak: (
      actor: Actor,
      agreementId: string,
      input: z.output<typeof AgreementBreakBody>,
    ) => tellOfBreak(actor, agreementId, input, 'self-disclosure'),

    reportBreak: (actor: Actor, agreementId: string, input: z.output<typeof AgreementBreakBody>) =>
      tellOfBreak(actor, agreementId, input, 'partner-report'),
  };
}

export type AgreementService = ReturnType<typeof agreementService>;
