/**
 * Acknowledgments (step 1): the partner who broke trust describes what
 * happened in their own words; the hurt partner answers each version, "this is
 * accurate" or "something is missing" with a comment. Revising writes a new
 * version; every version is kept. The newest version may be corrected until it
 * is answered.
 */
import type { z } from 'zod';
import type {
  Acknowledgment,
  EditAcknowledgmentBody,
  RespondToAcknowledgmentBody,
  WriteAcknowledgmentBody,
} from '../../../contract/repair/breaches.js';
import { answerersFor } from '../../../domain/path/roles.js';
import { hasNewerVersion, lockReason } from '../../../domain/path/versions.js';
import type { Reader } from '../../../domain/visibility.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import {
  findAcknowledgment,
  findResponseTo,
  insertResponse,
  updateAcknowledgmentText,
  type AcknowledgmentResponseRow,
  type AcknowledgmentRow,
} from './queries.js';
import {
  findBreach,
  findBreachForUpdate,
  listAcknowledgments,
  listResponses,
  type BreachRow,
} from './reads.js';
import {
  alreadyAnswered,
  isUniqueViolation,
  notTheAuthor,
  onBreach,
  onlyHurtPartner,
  onlyPartnerWhoBrokeTrust,
  ownWords,
  partnerNeeded,
  requireEditableVersion,
  requireLatestVersion,
  throttleRepairWrite,
  sameAuthorAndComment,
  refuseUnchangedVersion,
} from '../repair-shared/repair-kit.js';
import { insertThreadEntry } from '../repair-shared/thread-entries.js';
import { breachParties } from './service.js';

type AcknowledgmentOut = z.input<typeof Acknowledgment>;

export function acknowledgmentService(deps: Deps) {
  const { db, clock, cipher, limiter, dbKind } = deps;

  function present(
    row: AcknowledgmentRow,
    breach: BreachRow,
    all: AcknowledgmentRow[],
    responses: AcknowledgmentResponseRow[],
    reader: Reader,
  ): AcknowledgmentOut {
    const me = reader.memberId;
    const response = responses.find((r) => r.acknowledgmentId === row.id) ?? null;
    const hasNewer = hasNewerVersion(row, all);
    const reason = lockReason({ hasNewer, answered: response !== null });
    const answerers = answerersFor(breachParties(breach), row.authorId);
    const binding = { rowId: row.id, spaceId: row.spaceId };
    return {
      id: row.id,
      breachId: breach.id,
      authorId: row.authorId,
      version: row.version,
      text: cipher.decrypt(row.text, binding),
      latest: !hasNewer,
      locked: reason !== null,
      lockReason: reason,
      response: response
        ? {
            id: response.id,
            authorId: response.authorId,
            verdict: response.verdict,
            comment: cipher.decryptNullable(response.comment, {
              rowId: response.id,
              spaceId: response.spaceId,
            }),
            createdAt: response.createdAt,
          }
        : null,
      can: {
        edit: row.authorId === me && reason === null,
        respond: answerers.includes(me) && !hasNewer && response === null,
      },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** Whether a stored answer is the one this request gives, word for word. */
  function sameResponse(
    given: AcknowledgmentResponseRow,
    authorId: string,
    input: z.output<typeof RespondToAcknowledgmentBody>,
  ): boolean {
    return (
      given.verdict === input.verdict &&
      sameAuthorAndComment(cipher, given, authorId, input.comment)
    );
  }

  async function presentOne(spaceId: string, reader: Reader, id: string) {
    const row = await findAcknowledgment(db, null, spaceId, id, reader);
    if (!row) throw notFound();
    const breach = await findBreach(db, spaceId, row.breachId!, reader);
    if (!breach) throw notFound();
    const [all, responses] = await Promise.all([
      listAcknowledgments(db, spaceId, reader, breach.id),
      listResponses(db, spaceId, reader, breach.id),
    ]);
    return present(row, breach, all, responses, reader);
  }

  return {
    /** The first version, or a revision: always a new version. */
    async write(
      actor: Actor,
      breachId: string,
      input: z.output<typeof WriteAcknowledgmentBody>,
    ): Promise<AcknowledgmentOut> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      const id = newId(now.getTime());
      await onBreach(db, dbKind, access.spaceId, access.reader, breachId, async (trx, breach) => {
        const parties = breachParties(breach);
        if (!parties.brokeTrust.includes(actor.memberId)) throw onlyPartnerWhoBrokeTrust();
        if (answerersFor(parties, actor.memberId).length === 0) throw partnerNeeded();
        await refuseUnchangedVersion(
          trx,
          cipher,
          'acknowledgments',
          { spaceId: access.spaceId, breachId, authorId: actor.memberId },
          ['text'],
          [input.text],
        );
        const entry = { id, spaceId: access.spaceId, breachId, authorId: actor.memberId, at: now };
        await insertThreadEntry(
          trx,
          'acknowledgments',
          { ...entry, therapistMaySee: input.therapistMaySee },
          { text: cipher.encrypt(input.text, { rowId: id, spaceId: access.spaceId }) },
        );
      });
      return presentOne(access.spaceId, access.reader, id);
    },

    async list(actor: Actor, breachId: string): Promise<AcknowledgmentOut[]> {
      const access = await requireAccess(db, actor, 'breach.read');
      const breach = await findBreach(db, access.spaceId, breachId, access.reader);
      if (!breach) throw notFound();
      const [all, responses] = await Promise.all([
        listAcknowledgments(db, access.spaceId, access.reader, breachId),
        listResponses(db, access.spaceId, access.reader, breachId),
      ]);
      return all.map((row) => present(row, breach, all, responses, access.reader));
    },

    /** Corrects the newest version while it is unanswered; a locked one stays as it is. */
    async edit(
      actor: Actor,
      acknowledgmentId: string,
      input: z.output<typeof EditAcknowledgmentBody>,
    ): Promise<AcknowledgmentOut> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const row = await findAcknowledgment(
          trx,
          null,
          access.spaceId,
          acknowledgmentId,
          access.reader,
        );
        if (!row) throw notFound();
        if (row.authorId !== actor.memberId) throw notTheAuthor();
        await findBreachForUpdate(trx, dbKind, access.spaceId, row.breachId!, access.reader);
        const answered = (await findResponseTo(trx, access.spaceId, row.id)) !== undefined;
        await requireEditableVersion(trx, 'acknowledgments', row, answered);
        await updateAcknowledgmentText(
          trx,
          access.spaceId,
          row.id,
          cipher.encrypt(input.text, { rowId: row.id, spaceId: row.spaceId }),
          now.toISOString(),
        );
      });
      return presentOne(access.spaceId, access.reader, acknowledgmentId);
    },

    async respond(
      actor: Actor,
      acknowledgmentId: string,
      input: z.output<typeof RespondToAcknowledgmentBody>,
    ): Promise<AcknowledgmentOut> {
      const access = await requireAccess(db, actor, 'breach.write');
      await throttleRepairWrite(limiter, actor.memberId);
      const now = clock.now();
      try {
        await db.transaction().execute(async (trx) => {
          const row = await findAcknowledgment(
            trx,
            null,
            access.spaceId,
            acknowledgmentId,
            access.reader,
          );
          if (!row) throw notFound();
          const breach = await findBreachForUpdate(
            trx,
            dbKind,
            access.spaceId,
            row.breachId!,
            access.reader,
          );
          if (!breach) throw notFound();
          if (row.authorId === actor.memberId) throw ownWords();
          if (!answerersFor(breachParties(breach), row.authorId).includes(actor.memberId)) {
            throw onlyHurtPartner();
          }
          const given = await findResponseTo(trx, access.spaceId, row.id);
          if (given) {
            // The same answer again (a retried tap) changes nothing and is no error.
            if (sameResponse(given, actor.memberId, input)) return;
            throw alreadyAnswered();
          }
          await requireLatestVersion(trx, 'acknowledgments', row);
          const id = newId(now.getTime());
          await insertResponse(trx, {
            id,
            spaceId: access.spaceId,
            acknowledgmentId: row.id,
            breachId: breach.id,
            authorId: actor.memberId,
            verdict: input.verdict,
            comment: cipher.encryptNullable(input.comment ?? null, {
              rowId: id,
              spaceId: access.spaceId,
            }),
            visibility: 'shared',
            therapistVisible: 0,
            createdAt: now.toISOString(),
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyAnswered();
        throw error;
      }
      return presentOne(access.spaceId, access.reader, acknowledgmentId);
    },
  };
}

export type AcknowledgmentService = ReturnType<typeof acknowledgmentService>;
