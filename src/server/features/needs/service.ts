/**
 * Understanding needs (step 8): list a need in your own words, put it in new
 * words (a new version; the need keeps its id), retire it; your partner
 * acknowledges each need's newest version. Nothing is deleted. Needs are
 * shared with the partner by nature.
 */
import type { z } from 'zod';
import type { CreateNeedBody, Need, NewNeedVersionBody } from '../../../contract/regain/needs.js';
import { nextVersionNumber } from '../../../domain/path/versions.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess, type SpaceAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, conflict, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import {
  isUniqueViolation,
  notTheAuthor,
  throttleRepairWrite,
  tryAgain,
  unchangedVersion,
} from '../repair-shared/repair-kit.js';
import {
  insertAcknowledgment,
  insertNeed,
  insertNeedVersion,
  latestVersionNumber,
  updateNeed,
} from './queries.js';
import {
  acknowledgmentOf,
  findNeed,
  latestOf,
  listNeedAcknowledgments,
  listNeedRows,
  listNeedVersions,
  type NeedAcknowledgmentRow,
  type NeedRow,
  type NeedVersionRow,
} from './reads.js';

type NeedOut = z.input<typeof Need>;

export const ownNeed = () =>
  new AppError({
    code: 'own-need',
    title: 'This is your own need',
    detail: 'Your partner is the one to acknowledge it.',
  });
const retired = () =>
  conflict('need-retired', 'This need is retired', 'It is kept as it was; list a new one instead.');

export function needService(deps: Deps) {
  const { db, clock, cipher, limiter, dbKind } = deps;

  function present(
    need: NeedRow,
    versions: NeedVersionRow[],
    acknowledgments: NeedAcknowledgmentRow[],
    access: SpaceAccess,
  ): NeedOut {
    const mine = versions.filter((v) => v.needId === need.id);
    const latest = latestOf(need.id, mine)!;
    const acknowledgment = acknowledgmentOf(need, latest, acknowledgments);
    const live = need.retiredAt === null;
    const isAuthor = need.authorId === access.memberId;
    const presentVersion = (v: NeedVersionRow) => ({
      id: v.id,
      version: v.version,
      category: v.category,
      importance: v.importance,
      text: cipher.decrypt(v.text, { rowId: v.id, spaceId: v.spaceId }),
      createdAt: v.createdAt,
    });
    return {
      id: need.id,
      authorId: need.authorId,
      status: live ? 'live' : 'retired',
      current: presentVersion(latest),
      versions: mine.map(presentVersion),
      acknowledged: acknowledgment !== undefined,
      acknowledgedAt: acknowledgment?.createdAt ?? null,
      therapistMaySee: need.therapistVisible === 1,
      retiredAt: need.retiredAt,
      can: {
        edit: live && isAuthor,
        retire: live && isAuthor,
        acknowledge: live && !isAuthor && acknowledgment === undefined,
      },
      createdAt: need.createdAt,
    };
  }

  async function presentOne(access: SpaceAccess, needId: string): Promise<NeedOut> {
    const need = await findNeed(db, null, access.spaceId, needId, access.reader);
    if (!need) throw notFound();
    const [versions, acknowledgments] = await Promise.all([
      listNeedVersions(db, access.spaceId, access.reader, needId),
      listNeedAcknowledgments(db, access.spaceId, access.reader, needId),
    ]);
    return present(need, versions, acknowledgments, access);
  }

  /** A write on one need: the need row is held for the transaction (PostgreSQL). */
  async function onNeed(
    access: SpaceAccess,
    needId: string,
    work: (trx: typeof db, need: NeedRow) => Promise<void>,
  ): Promise<NeedOut> {
    try {
      await db.transaction().execute(async (trx) => {
        const need = await findNeed(trx, dbKind, access.spaceId, needId, access.reader);
        if (!need) throw notFound();
        await work(trx, need);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw tryAgain();
      throw error;
    }
    return presentOne(access, needId);
  }

  async function addVersion(
    trx: typeof db,
    access: SpaceAccess,
    needId: string,
    input: z.output<typeof CreateNeedBody>,
    therapistVisible: 0 | 1,
  ): Promise<void> {
    const now = clock.now();
    const id = newId(now.getTime());
    await insertNeedVersion(trx, {
      id,
      spaceId: access.spaceId,
      needId,
      authorId: access.memberId,
      version: nextVersionNumber(await latestVersionNumber(trx, access.spaceId, needId)),
      category: input.category,
      importance: input.importance,
      text: cipher.encrypt(input.text, { rowId: id, spaceId: access.spaceId }),
      visibility: 'shared',
      therapistVisible,
      createdAt: now.toISOString(),
    });
  }

  return {
    async list(actor: Actor): Promise<NeedOut[]> {
      const access = await requireAccess(db, actor, 'need.read');
      const [needs, versions, acknowledgments] = await Promise.all([
        listNeedRows(db, access.spaceId, access.reader),
        listNeedVersions(db, access.spaceId, access.reader),
        listNeedAcknowledgments(db, access.spaceId, access.reader),
      ]);
      return needs
        .filter((n) => latestOf(n.id, versions))
        .map((n) => present(n, versions, acknowledgments, access));
    },

    async get(actor: Actor, needId: string): Promise<NeedOut> {
      const access = await requireAccess(db, actor, 'need.read');
      return presentOne(access, needId);
    },

    async create(actor: Actor, input: z.output<typeof CreateNeedBody>): Promise<NeedOut> {
      const access = await requireAccess(db, actor, 'need.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const needId = newId(now.getTime());
      const therapistVisible = input.therapistMaySee ? 1 : 0;
      await db.transaction().execute(async (trx) => {
        await insertNeed(trx, {
          id: needId,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          retiredAt: null,
          // Needs are for the partner to understand: shared by nature.
          visibility: 'shared',
          therapistVisible,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
        await addVersion(trx, access, needId, input, therapistVisible);
      });
      return presentOne(access, needId);
    },

    async revise(
      actor: Actor,
      needId: string,
      input: z.output<typeof NewNeedVersionBody>,
    ): Promise<NeedOut> {
      const access = await requireAccess(db, actor, 'need.write');
      await throttleRepairWrite(limiter, actor.memberId);
      return onNeed(access, needId, async (trx, need) => {
        if (need.authorId !== actor.memberId) throw notTheAuthor();
        if (need.retiredAt) throw retired();
        const versions = await listNeedVersions(trx, access.spaceId, access.reader, needId);
        const latest = versions.at(-1);
        if (
          latest &&
          latest.category === input.category &&
          latest.importance === input.importance &&
          cipher.decrypt(latest.text, { rowId: latest.id, spaceId: latest.spaceId }) === input.text
        ) {
          throw unchangedVersion();
        }
        const therapistVisible =
          input.therapistMaySee === undefined
            ? need.therapistVisible
            : input.therapistMaySee
              ? 1
              : 0;
        await addVersion(trx, access, needId, input, therapistVisible);
        await updateNeed(trx, access.spaceId, needId, {
          therapistVisible,
          updatedAt: clock.now().toISOString(),
        });
      });
    },

    async acknowledge(actor: Actor, needId: string): Promise<NeedOut> {
      const access = await requireAccess(db, actor, 'need.write');
      await throttleRepairWrite(limiter, actor.memberId);
      return onNeed(access, needId, async (trx, need) => {
        if (need.authorId === actor.memberId) throw ownNeed();
        if (need.retiredAt) throw retired();
        const latest = (await listNeedVersions(trx, access.spaceId, access.reader, needId)).at(-1);
        if (!latest) throw notFound();
        const now = clock.now();
        await insertAcknowledgment(trx, {
          id: newId(now.getTime()),
          spaceId: access.spaceId,
          needId,
          versionId: latest.id,
          authorId: actor.memberId,
          visibility: 'shared',
          therapistVisible: 0,
          createdAt: now.toISOString(),
        });
      });
    },

    async retire(actor: Actor, needId: string): Promise<NeedOut> {
      const access = await requireAccess(db, actor, 'need.write');
      await throttleRepairWrite(limiter, actor.memberId);
      return onNeed(access, needId, async (trx, need) => {
        if (need.authorId !== actor.memberId) throw notTheAuthor();
        // Retiring again (a retried tap) changes nothing.
        if (need.retiredAt) return;
        const now = clock.now().toISOString();
        await updateNeed(trx, access.spaceId, needId, { retiredAt: now, updatedAt: now });
      });
    },
  };
}

export type NeedService = ReturnType<typeof needService>;
