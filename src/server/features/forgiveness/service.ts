/**
 * Forgiveness (step 10). A private reflection at most once per 30-day period,
 * read by its author only unless they share that one reflection; the trend
 * (their scores over time) is theirs alone. An optional forgiveness
 * statement, private unless its author shares it. Nothing here prompts,
 * reminds or notifies anyone: what is due is only said when the author opens
 * the screen themselves, and the statement is never asked for.
 */
import type { z } from 'zod';
import type {
  ForgivenessStatement,
  PutStatementBody,
  Reflection,
  ReflectionOverview,
  SharingBody,
  WriteReflectionBody,
} from '../../../contract/regain/forgiveness.js';
import { dayIn } from '../../../domain/calendar.js';
import {
  FORGIVENESS_ITEMS,
  reflectionDue,
  reflectionPeriod,
  scoreReflection,
} from '../../../domain/forgiveness.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { conflict, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { notTheAuthor, throttleRepairWrite, timeZoneOf } from '../repair-shared/repair-kit.js';
import {
  findOwnStatement,
  insertReflectionOnce,
  insertStatementOnce,
  updateReflectionSharing,
  updateStatement,
} from './queries.js';
import {
  answersOf,
  findReflection,
  listReflections,
  listStatements,
  type ReflectionRow,
  type StatementRow,
} from './reads.js';

type ReflectionOut = z.input<typeof Reflection>;
type StatementOut = z.input<typeof ForgivenessStatement>;

const notDue = (nextOn: string) =>
  conflict(
    'reflection-not-due',
    'You have written this month’s reflection',
    `A reflection is offered once every 30 days; the next one can be written from ${nextOn}.`,
  );

export function forgivenessService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  function presentReflection(row: ReflectionRow): ReflectionOut {
    const answers = answersOf(cipher, row);
    return {
      id: row.id,
      authorId: row.authorId,
      day: row.day,
      answers,
      scores: scoreReflection(answers),
      shared: row.visibility === 'shared',
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
    };
  }

  function presentStatement(row: StatementRow): StatementOut {
    return {
      id: row.id,
      authorId: row.authorId,
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
      shared: row.visibility === 'shared',
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** The visibility columns for a sharing choice: the therapist flag only on a shared entry. */
  const sharing = (shared: boolean, therapistMaySee: boolean | undefined) => ({
    visibility: shared ? ('shared' as const) : ('private' as const),
    therapistVisible: shared && therapistMaySee ? (1 as const) : (0 as const),
  });

  async function today(memberId: string): Promise<string> {
    return dayIn(clock.now(), await timeZoneOf(db, memberId));
  }

  async function ownStatementOut(spaceId: string, memberId: string): Promise<StatementOut> {
    const row = await findOwnStatement(db, spaceId, memberId);
    if (!row) throw notFound();
    return presentStatement(row);
  }

  return {
    async overview(actor: Actor): Promise<z.input<typeof ReflectionOverview>> {
      const access = await requireAccess(db, actor, 'forgiveness.read');
      const rows = await listReflections(db, access.spaceId, access.reader);
      const mine = rows.filter((r) => r.authorId === actor.memberId);
      const { due, nextOn } = reflectionDue(
        await today(actor.memberId),
        mine.map((r) => r.period),
      );
      return {
        due,
        nextOn,
        items: FORGIVENESS_ITEMS.map((item) => ({ ...item })),
        mine: mine.map(presentReflection),
        sharedWithMe: rows.filter((r) => r.authorId !== actor.memberId).map(presentReflection),
      };
    },

    async write(actor: Actor, input: z.output<typeof WriteReflectionBody>): Promise<ReflectionOut> {
      const access = await requireAccess(db, actor, 'forgiveness.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const day = await today(actor.memberId);
      const period = reflectionPeriod(day);
      const id = newId(now.getTime());
      const written = await insertReflectionOnce(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        period,
        day,
        answers: cipher.encrypt(JSON.stringify(input.answers), {
          rowId: id,
          spaceId: access.spaceId,
        }),
        // Private: only its author reads it unless they share it.
        visibility: 'private',
        therapistVisible: 0,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      if (!written) throw notDue(reflectionDue(day, [period]).nextOn);
      const saved = await findReflection(db, access.spaceId, id, access.reader);
      if (!saved) throw notFound();
      return presentReflection(saved);
    },

    async get(actor: Actor, reflectionId: string): Promise<ReflectionOut> {
      const access = await requireAccess(db, actor, 'forgiveness.read');
      const row = await findReflection(db, access.spaceId, reflectionId, access.reader);
      if (!row) throw notFound();
      return presentReflection(row);
    },

    async share(
      actor: Actor,
      reflectionId: string,
      input: z.output<typeof SharingBody>,
    ): Promise<ReflectionOut> {
      const access = await requireAccess(db, actor, 'forgiveness.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const row = await findReflection(db, access.spaceId, reflectionId, access.reader);
      if (!row) throw notFound();
      if (row.authorId !== actor.memberId) throw notTheAuthor();
      await updateReflectionSharing(db, access.spaceId, row.id, {
        ...sharing(input.shared, input.therapistMaySee),
        updatedAt: clock.now().toISOString(),
      });
      const saved = await findReflection(db, access.spaceId, row.id, access.reader);
      if (!saved) throw notFound();
      return presentReflection(saved);
    },

    async statements(actor: Actor) {
      const access = await requireAccess(db, actor, 'forgiveness.read');
      const rows = await listStatements(db, access.spaceId, access.reader);
      const mine = rows.find((r) => r.authorId === actor.memberId);
      const partner = rows.find((r) => r.authorId !== actor.memberId);
      return {
        mine: mine ? presentStatement(mine) : null,
        partner: partner ? presentStatement(partner) : null,
      };
    },

    async putStatement(
      actor: Actor,
      input: z.output<typeof PutStatementBody>,
    ): Promise<StatementOut> {
      const access = await requireAccess(db, actor, 'forgiveness.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now().toISOString();
      const id = newId(clock.now().getTime());
      const written = await insertStatementOnce(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        text: cipher.encrypt(input.text, { rowId: id, spaceId: access.spaceId }),
        ...sharing(input.shared ?? false, input.therapistMaySee),
        createdAt: now,
        updatedAt: now,
      });
      if (!written) {
        // The statement exists: its row keeps its id, so the text is bound to that id.
        const existing = await findOwnStatement(db, access.spaceId, actor.memberId);
        if (!existing) throw notFound();
        const shared = input.shared ?? existing.visibility === 'shared';
        const therapist = input.therapistMaySee ?? existing.therapistVisible === 1;
        await updateStatement(db, access.spaceId, existing.id, {
          text: cipher.encrypt(input.text, { rowId: existing.id, spaceId: access.spaceId }),
          ...sharing(shared, therapist),
          updatedAt: now,
        });
      }
      return ownStatementOut(access.spaceId, actor.memberId);
    },

    async shareStatement(actor: Actor, input: z.output<typeof SharingBody>): Promise<StatementOut> {
      const access = await requireAccess(db, actor, 'forgiveness.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const existing = await findOwnStatement(db, access.spaceId, actor.memberId);
      if (!existing) throw notFound();
      await updateStatement(db, access.spaceId, existing.id, {
        ...sharing(input.shared, input.therapistMaySee),
        updatedAt: clock.now().toISOString(),
      });
      return ownStatementOut(access.spaceId, actor.memberId);
    },
  };
}

export type ForgivenessService = ReturnType<typeof forgivenessService>;
