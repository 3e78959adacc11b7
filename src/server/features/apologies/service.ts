/**
 * Taking responsibility (step 3): the hurt partner's impact statement, the
 * apology that answers it, and how understood the hurt partner feels — with
 * another try when they ask for one. Every version of each is kept; the newest
 * may be corrected by its author until it is answered.
 */
import type { z } from 'zod';
import type {
  Apology,
  EditApologyBody,
  EditImpactStatementBody,
  ImpactStatement,
  RateApologyBody,
  WriteApologyBody,
  WriteImpactStatementBody,
} from '../../../contract/repair/apologies.js';
import { apologyHints } from '../../../domain/path/apology-guide.js';
import { answerersFor } from '../../../domain/path/roles.js';
import { hasNewerVersion, lockReason } from '../../../domain/path/versions.js';
import type { Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { findBreach, type BreachRow } from '../breaches/reads.js';
import {
  alreadyAnswered,
  notTheAuthor,
  onBreach,
  onlyHurtPartner,
  onlyPartnerWhoBrokeTrust,
  ownWords,
  requireEditableVersion,
  requireLatestVersion,
  throttleRepairWrite,
  sameAuthorAndComment,
  refuseUnchangedVersion,
} from '../repair-shared/repair-kit.js';
import { breachParties } from '../breaches/service.js';
import { insertThreadEntry } from '../repair-shared/thread-entries.js';
import {
  findApology,
  findImpactStatement,
  findRatingOf,
  insertApologyRating,
  isImpactStatementAnswered,
  updateApologyParts,
  updateImpactStatementText,
} from './queries.js';
import {
  listApologies,
  listApologyRatings,
  listImpactStatements,
  type ApologyRatingRow,
  type ApologyRow,
  type ImpactStatementRow,
} from './reads.js';

/** The four parts of an apology, in the guide's order. */
const PARTS = ['whatHappened', 'impact', 'responsibility', 'whatWillChange'] as const;
type ImpactStatementOut = z.input<typeof ImpactStatement>;
type ApologyOut = z.input<typeof Apology>;

interface Thread {
  breach: BreachRow;
  statements: ImpactStatementRow[];
  apologies: ApologyRow[];
  ratings: ApologyRatingRow[];
}

export function apologyService(deps: Deps) {
  const { db, clock, cipher, limiter, dbKind } = deps;

  async function thread(spaceId: string, reader: Reader, breachId: string): Promise<Thread> {
    const breach = await findBreach(db, spaceId, breachId, reader);
    if (!breach) throw notFound();
    const [statements, apologies, ratings] = await Promise.all([
      listImpactStatements(db, spaceId, reader, breachId),
      listApologies(db, spaceId, reader, breachId),
      listApologyRatings(db, spaceId, reader, breachId),
    ]);
    return { breach, statements, apologies, ratings };
  }

  function presentStatement(
    row: ImpactStatementRow,
    t: Thread,
    reader: Reader,
  ): ImpactStatementOut {
    const hasNewer = hasNewerVersion(row, t.statements);
    const answered = t.apologies.some((a) => a.impactStatementId === row.id);
    const reason = lockReason({ hasNewer, answered });
    return {
      id: row.id,
      breachId: t.breach.id,
      authorId: row.authorId,
      version: row.version,
      text: cipher.decrypt(row.text, { rowId: row.id, spaceId: row.spaceId }),
      latest: !hasNewer,
      locked: reason !== null,
      lockReason: reason,
      can: { edit: row.authorId === reader.memberId && reason === null },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  function presentApology(row: ApologyRow, t: Thread, reader: Reader): ApologyOut {
    const me = reader.memberId;
    const hasNewer = hasNewerVersion(row, t.apologies);
    const rating = t.ratings.find((r) => r.apologyId === row.id) ?? null;
    const reason = lockReason({ hasNewer, answered: rating !== null });
    const binding = { rowId: row.id, spaceId: row.spaceId };
    const parts = {
      whatHappened: cipher.decrypt(row.whatHappened, binding),
      impact: cipher.decrypt(row.impact, binding),
      responsibility: cipher.decrypt(row.responsibility, binding),
      whatWillChange: cipher.decrypt(row.whatWillChange, binding),
    };
    const statement = t.statements.find((s) => s.id === row.impactStatementId);
    const answerers = answerersFor(breachParties(t.breach), row.authorId);
    return {
      id: row.id,
      breachId: t.breach.id,
      authorId: row.authorId,
      version: row.version,
      impactStatementId: row.impactStatementId,
      impactStatement: statement ? presentStatement(statement, t, reader) : null,
      parts,
      hints: row.authorId === me ? apologyHints(parts) : [],
      latest: !hasNewer,
      locked: reason !== null,
      lockReason: reason,
      rating: rating
        ? {
            id: rating.id,
            authorId: rating.authorId,
            understood: rating.understood,
            anotherTry: rating.anotherTry === 1,
            comment: cipher.decryptNullable(rating.comment, {
              rowId: rating.id,
              spaceId: rating.spaceId,
            }),
            createdAt: rating.createdAt,
          }
        : null,
      can: {
        edit: row.authorId === me && reason === null,
        rate: answerers.includes(me) && !hasNewer && rating === null,
      },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** Whether a stored rating is the one this request asks for, word for word. */
  function sameRating(
    given: ApologyRatingRow,
    authorId: string,
    input: z.output<typeof RateApologyBody>,
  ): boolean {
    return (
      given.understood === input.understood &&
      given.anotherTry === (input.anotherTry ? 1 : 0) &&
      sameAuthorAndComment(cipher, given, authorId, input.comment)
    );
  }

  async function statementById(spaceId: string, reader: Reader, id: string) {
    const row = await findImpactStatement(db, null, spaceId, id, reader);
    if (!row) throw notFound();
    const t = await thread(spaceId, reader, row.breachId!);
    return presentStatement(row, t, reader);
  }

  async function apologyById(spaceId: string, reader: Reader, id: string) {
    const row = await findApology(db, null, spaceId, id, reader);
    if (!row) throw notFound();
    const t = await thread(spaceId, reader, row.breachId!);
    return presentApology(row, t, reader);
  }

  return {
    async writeImpactStatement(
      actor: Actor,
      breachId: string,
      input: z.output<typeof WriteImpactStatementBody>,
    ): Promise<ImpactStatementOut> {
      const access = await requireAccess(db, actor, 'apology.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const id = newId(now.getTime());
      await onBreach(db, dbKind, access.spaceId, access.reader, breachId, async (trx, breach) => {
        if (!breachParties(breach).hurt.includes(actor.memberId)) throw onlyHurtPartner();
        await refuseUnchangedVersion(
          trx,
          cipher,
          'impactStatements',
          { spaceId: access.spaceId, breachId, authorId: actor.memberId },
          ['text'],
          [input.text],
        );
        const entry = { id, spaceId: access.spaceId, breachId, authorId: actor.memberId, at: now };
        await insertThreadEntry(
          trx,
          'impactStatements',
          { ...entry, therapistMaySee: input.therapistMaySee },
          { text: cipher.encrypt(input.text, { rowId: id, spaceId: access.spaceId }) },
        );
      });
      return statementById(access.spaceId, access.reader, id);
    },

    async listImpactStatements(actor: Actor, breachId: string): Promise<ImpactStatementOut[]> {
      const access = await requireAccess(db, actor, 'apology.read');
      const t = await thread(access.spaceId, access.reader, breachId);
      return t.statements.map((row) => presentStatement(row, t, access.reader));
    },

    async editImpactStatement(
      actor: Actor,
      id: string,
      input: z.output<typeof EditImpactStatementBody>,
    ): Promise<ImpactStatementOut> {
      const access = await requireAccess(db, actor, 'apology.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const row = await findImpactStatement(db, null, access.spaceId, id, access.reader);
      if (!row) throw notFound();
      if (row.authorId !== actor.memberId) throw notTheAuthor();
      const now = clock.now();
      await onBreach(db, dbKind, access.spaceId, access.reader, row.breachId!, async (trx) => {
        const answered = await isImpactStatementAnswered(trx, access.spaceId, row.id);
        await requireEditableVersion(trx, 'impactStatements', row, answered);
        await updateImpactStatementText(
          trx,
          access.spaceId,
          row.id,
          cipher.encrypt(input.text, { rowId: row.id, spaceId: row.spaceId }),
          now.toISOString(),
        );
      });
      return statementById(access.spaceId, access.reader, id);
    },

    async writeApology(
      actor: Actor,
      breachId: string,
      input: z.output<typeof WriteApologyBody>,
    ): Promise<ApologyOut> {
      const access = await requireAccess(db, actor, 'apology.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const id = newId(now.getTime());
      await onBreach(db, dbKind, access.spaceId, access.reader, breachId, async (trx, breach) => {
        const parties = breachParties(breach);
        if (!parties.brokeTrust.includes(actor.memberId)) throw onlyPartnerWhoBrokeTrust();
        const statement = await findImpactStatement(
          trx,
          null,
          access.spaceId,
          input.impactStatementId,
          access.reader,
        );
        // Missing, another space's, another breach's or one's own: the same answer.
        if (
          !statement ||
          statement.breachId !== breachId ||
          !answerersFor(parties, actor.memberId).includes(statement.authorId)
        ) {
          throw invalidField(
            'impactStatementId',
            'must be your partner’s impact statement for this breach',
          );
        }
        await refuseUnchangedVersion(
          trx,
          cipher,
          'apologies',
          { spaceId: access.spaceId, breachId, authorId: actor.memberId },
          PARTS,
          PARTS.map((part) => input.parts[part]),
        );
        const binding = { rowId: id, spaceId: access.spaceId };
        const entry = { id, spaceId: access.spaceId, breachId, authorId: actor.memberId, at: now };
        await insertThreadEntry(
          trx,
          'apologies',
          { ...entry, therapistMaySee: input.therapistMaySee },
          {
            impactStatementId: statement.id,
            whatHappened: cipher.encrypt(input.parts.whatHappened, binding),
            impact: cipher.encrypt(input.parts.impact, binding),
            responsibility: cipher.encrypt(input.parts.responsibility, binding),
            whatWillChange: cipher.encrypt(input.parts.whatWillChange, binding),
          },
        );
      });
      return apologyById(access.spaceId, access.reader, id);
    },

    async listApologies(actor: Actor, breachId: string): Promise<ApologyOut[]> {
      const access = await requireAccess(db, actor, 'apology.read');
      const t = await thread(access.spaceId, access.reader, breachId);
      return t.apologies.map((row) => presentApology(row, t, access.reader));
    },

    async getApology(actor: Actor, apologyId: string): Promise<ApologyOut> {
      const access = await requireAccess(db, actor, 'apology.read');
      return apologyById(access.spaceId, access.reader, apologyId);
    },

    async editApology(
      actor: Actor,
      apologyId: string,
      input: z.output<typeof EditApologyBody>,
    ): Promise<ApologyOut> {
      const access = await requireAccess(db, actor, 'apology.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const row = await findApology(db, null, access.spaceId, apologyId, access.reader);
      if (!row) throw notFound();
      if (row.authorId !== actor.memberId) throw notTheAuthor();
      const now = clock.now();
      await onBreach(db, dbKind, access.spaceId, access.reader, row.breachId!, async (trx) => {
        const answered = (await findRatingOf(trx, access.spaceId, row.id)) !== undefined;
        await requireEditableVersion(trx, 'apologies', row, answered);
        const binding = { rowId: row.id, spaceId: row.spaceId };
        await updateApologyParts(trx, access.spaceId, row.id, {
          whatHappened: cipher.encrypt(input.parts.whatHappened, binding),
          impact: cipher.encrypt(input.parts.impact, binding),
          responsibility: cipher.encrypt(input.parts.responsibility, binding),
          whatWillChange: cipher.encrypt(input.parts.whatWillChange, binding),
          updatedAt: now.toISOString(),
        });
      });
      return apologyById(access.spaceId, access.reader, apologyId);
    },

    async rateApology(
      actor: Actor,
      apologyId: string,
      input: z.output<typeof RateApologyBody>,
    ): Promise<ApologyOut> {
      const access = await requireAccess(db, actor, 'apology.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const row = await findApology(db, null, access.spaceId, apologyId, access.reader);
      if (!row) throw notFound();
      const now = clock.now();
      try {
        await onBreach(
          db,
          dbKind,
          access.spaceId,
          access.reader,
          row.breachId!,
          async (trx, breach) => {
            if (row.authorId === actor.memberId) throw ownWords();
            if (!answerersFor(breachParties(breach), row.authorId).includes(actor.memberId)) {
              throw onlyHurtPartner();
            }
            const given = await findRatingOf(trx, access.spaceId, row.id);
            if (given) {
              // The same rating again (a retried tap) changes nothing and is no error.
              if (sameRating(given, actor.memberId, input)) return;
              throw alreadyAnswered();
            }
            await requireLatestVersion(trx, 'apologies', row);
            const id = newId(now.getTime());
            await insertApologyRating(trx, {
              id,
              spaceId: access.spaceId,
              apologyId: row.id,
              breachId: breach.id,
              authorId: actor.memberId,
              understood: input.understood,
              anotherTry: input.anotherTry ? 1 : 0,
              comment: cipher.encryptNullable(input.comment ?? null, {
                rowId: id,
                spaceId: access.spaceId,
              }),
              visibility: 'shared',
              therapistVisible: 0,
              createdAt: now.toISOString(),
            });
          },
        );
      } catch (error) {
        // Two taps at once: the unique index kept the first answer.
        if (error instanceof Error && 'code' in error && error.code === 'write-conflict') {
          throw alreadyAnswered();
        }
        throw error;
      }
      return apologyById(access.spaceId, access.reader, apologyId);
    },
  };
}

export type ApologyService = ReturnType<typeof apologyService>;
