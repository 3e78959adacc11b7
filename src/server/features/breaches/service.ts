/**
 * Breaches (step 1): record what happened with roles per breach, correct it
 * until it is acknowledged, and rate its severity — each partner privately,
 * both ratings kept. Acknowledgments live in `acknowledgment-service.ts`.
 */
import type { z } from 'zod';
import type {
  Breach,
  EditBreachBody,
  RateBreachSeverityBody,
  RecordBreachBody,
  SeverityRating,
} from '../../../contract/repair/breaches.js';
import {
  answerersFor,
  partiesOf,
  partyColumnsFor,
  rolesOf,
  type BreachParties,
} from '../../../domain/path/roles.js';
import { DAY_BOUNDS } from '../../../domain/day-bounds.js';
import type { Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { listImpactStatements } from '../apologies/reads.js';
import {
  breachesWithAcknowledgments,
  findOwnSeverity,
  insertBreach,
  updateBreach,
  upsertSeverity,
  type SeverityRow,
} from './queries.js';
import {
  findBreach,
  findBreachForUpdate,
  listBreaches,
  listSeverities,
  type BreachRow,
} from './reads.js';
import {
  notTheAuthor,
  partnerNeeded,
  requireNotInFuture,
  throttleRepairWrite,
  timeZoneOf,
  versionLocked,
} from '../repair-shared/repair-kit.js';

type BreachOut = z.input<typeof Breach>;

export const breachParties = (row: BreachRow): BreachParties =>
  partiesOf({ brokeTrustId: row.brokeTrustId, hurtId: row.hurtId, mutual: row.mutual === 1 });

export const notAParty = () =>
  new AppError({
    code: 'not-a-party',
    title: 'This breach is between other people',
    detail: 'Only the partners it names can rate it.',
  });

interface PresentContext {
  reader: Reader;
  severities: SeverityRow[];
  acknowledged: Set<string>;
  /** Breach id → authors of impact statements the reader may see. */
  statementAuthors: Map<string, Set<string>>;
}

export function breachService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  function presentSeverity(row: SeverityRow | undefined): z.input<typeof SeverityRating> | null {
    return row
      ? { severity: row.severity, visibility: row.visibility, updatedAt: row.updatedAt }
      : null;
  }

  function present(row: BreachRow, context: PresentContext): BreachOut {
    const me = context.reader.memberId;
    const parties = breachParties(row);
    const roles = rolesOf(parties, me);
    const mine = context.severities.find((s) => s.breachId === row.id && s.authorId === me);
    const partners = context.severities.find(
      (s) => s.breachId === row.id && s.authorId !== me && s.visibility === 'shared',
    );
    const locked = context.acknowledged.has(row.id);
    const statements = context.statementAuthors.get(row.id) ?? new Set<string>();
    const binding = { rowId: row.id, spaceId: row.spaceId };
    return {
      id: row.id,
      recordedBy: row.authorId,
      title: cipher.decrypt(row.title, binding),
      category: row.category,
      description: cipher.decrypt(row.description, binding),
      day: row.day,
      cameToLight: row.cameToLight,
      mutual: row.mutual === 1,
      brokeTrust: parties.brokeTrust,
      hurt: parties.hurt,
      myRoles: roles,
      mySeverity: presentSeverity(mine),
      partnerSeverity: presentSeverity(partners),
      locked,
      can: {
        edit: row.authorId === me && !locked,
        rateSeverity: roles.length > 0,
        writeAcknowledgment:
          parties.brokeTrust.includes(me) && answerersFor(parties, me).length > 0,
        writeImpactStatement: parties.hurt.includes(me),
        writeApology:
          parties.brokeTrust.includes(me) &&
          answerersFor(parties, me).some((id) => statements.has(id)),
      },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  async function context(spaceId: string, reader: Reader): Promise<PresentContext> {
    const [severities, acknowledged, statements] = await Promise.all([
      listSeverities(db, spaceId, reader),
      breachesWithAcknowledgments(db, spaceId),
      listImpactStatements(db, spaceId, reader),
    ]);
    const statementAuthors = new Map<string, Set<string>>();
    for (const s of statements) {
      const set = statementAuthors.get(s.breachId!) ?? new Set<string>();
      set.add(s.authorId);
      statementAuthors.set(s.breachId!, set);
    }
    return { reader, severities, acknowledged, statementAuthors };
  }

  async function presentOne(spaceId: string, reader: Reader, breachId: string): Promise<BreachOut> {
    const row = await findBreach(db, spaceId, breachId, reader);
    if (!row) throw notFound();
    return present(row, await context(spaceId, reader));
  }

  return {
    async record(actor: Actor, input: z.output<typeof RecordBreachBody>): Promise<BreachOut> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      if (!access.partnerId) throw partnerNeeded();
      const now = clock.now();
      const timeZone = await timeZoneOf(db, actor.memberId);
      requireNotInFuture('day', input.day, now, timeZone, DAY_BOUNDS.breachYearsBack);
      const id = newId(now.getTime());
      const binding = { rowId: id, spaceId: access.spaceId };
      const parties = partyColumnsFor(input.brokeTrust, actor.memberId, access.partnerId);
      const stamp = now.toISOString();
      await insertBreach(db, {
        id,
        spaceId: access.spaceId,
        authorId: actor.memberId,
        title: cipher.encrypt(input.title, binding),
        category: input.category,
        description: cipher.encrypt(input.description, binding),
        day: input.day,
        cameToLight: input.cameToLight,
        brokeTrustId: parties.brokeTrustId,
        hurtId: parties.hurtId,
        mutual: parties.mutual ? 1 : 0,
        // A breach is the couple's shared record by nature.
        visibility: 'shared',
        therapistVisible: input.therapistMaySee ? 1 : 0,
        createdAt: stamp,
        updatedAt: stamp,
      });
      return presentOne(access.spaceId, access.reader, id);
    },

    async list(actor: Actor): Promise<BreachOut[]> {
      const access = await requireAccess(db, actor, 'breach.read');
      const rows = await listBreaches(db, access.spaceId, access.reader);
      const ctx = await context(access.spaceId, access.reader);
      return rows.map((row) => present(row, ctx));
    },

    async get(actor: Actor, breachId: string): Promise<BreachOut> {
      const access = await requireAccess(db, actor, 'breach.read');
      return presentOne(access.spaceId, access.reader, breachId);
    },

    async edit(
      actor: Actor,
      breachId: string,
      input: z.output<typeof EditBreachBody>,
    ): Promise<BreachOut> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      if (input.day) {
        const timeZone = await timeZoneOf(db, actor.memberId);
        requireNotInFuture('day', input.day, now, timeZone, DAY_BOUNDS.breachYearsBack);
      }
      await db.transaction().execute(async (trx) => {
        const row = await findBreachForUpdate(
          trx,
          deps.dbKind,
          access.spaceId,
          breachId,
          access.reader,
        );
        if (!row) throw notFound();
        if (row.authorId !== actor.memberId) throw notTheAuthor();
        // Once acknowledged, the record stands as it was acknowledged.
        if ((await breachesWithAcknowledgments(trx, access.spaceId)).has(row.id)) {
          throw versionLocked('answered');
        }
        const binding = { rowId: row.id, spaceId: row.spaceId };
        await updateBreach(trx, access.spaceId, row.id, {
          ...(input.title !== undefined ? { title: cipher.encrypt(input.title, binding) } : {}),
          ...(input.description !== undefined
            ? { description: cipher.encrypt(input.description, binding) }
            : {}),
          ...(input.category !== undefined ? { category: input.category } : {}),
          ...(input.day !== undefined ? { day: input.day } : {}),
          ...(input.cameToLight !== undefined ? { cameToLight: input.cameToLight } : {}),
          ...(input.therapistMaySee !== undefined
            ? { therapistVisible: input.therapistMaySee ? 1 : 0 }
            : {}),
          updatedAt: now.toISOString(),
        });
      });
      return presentOne(access.spaceId, access.reader, breachId);
    },

    async rateSeverity(
      actor: Actor,
      breachId: string,
      input: z.output<typeof RateBreachSeverityBody>,
    ): Promise<z.input<typeof SeverityRating>> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const stamp = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const breach = await findBreach(trx, access.spaceId, breachId, access.reader);
        if (!breach) throw notFound();
        if (rolesOf(breachParties(breach), actor.memberId).length === 0) throw notAParty();
        await upsertSeverity(trx, {
          id: newId(),
          spaceId: access.spaceId,
          breachId,
          authorId: actor.memberId,
          severity: input.severity,
          visibility: input.visibility,
          therapistVisible: 0,
          createdAt: stamp,
          updatedAt: stamp,
        });
      });
      const saved = await findOwnSeverity(db, access.spaceId, breachId, actor.memberId);
      if (!saved) throw notFound();
      return presentSeverity(saved)!;
    },
  };
}

export type BreachService = ReturnType<typeof breachService>;
