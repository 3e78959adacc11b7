/**
 * Notes and gestures (step 6 of the path): shared by nature, their words
 * encrypted at rest, appreciated by the partner once.
 */
import type { z } from 'zod';
import type { Note, SendNoteBody } from '../../../contract/kindness/notes.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import { announceToPartner } from '../../platform/events/announce.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, notFound } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { affirmationById } from '../../../contract/kindness/affirmations.js';
import { markRequestAnswered, requireAnswerable } from '../reassurance/answers.js';
import { throttleRepairWrite } from '../repair-shared/repair-kit.js';
import { findNote, insertNote, listNotes, markAppreciated, type NoteRow } from './queries.js';

type NoteOut = z.input<typeof Note>;

/** Appreciation is the partner's word about a note; one's own note is not theirs to appreciate. */
export const ownNote = () =>
  new AppError({
    code: 'own-entry',
    title: 'This is yours: your partner appreciates it',
    detail: 'Only the partner who received a note or gesture can say it meant something.',
  });

/** An affirmation starts from a phrase of the library (contract/kindness/affirmations.ts). */
export const unknownPhrase = () =>
  new AppError({
    code: 'unknown-phrase',
    title: 'This phrase is not in the library',
    detail: 'Choose one of the affirmations offered, as it is or in your own words.',
  });

export function kindnessService(deps: Deps) {
  const { db, clock, cipher, limiter } = deps;

  const present = (row: NoteRow): NoteOut => ({
    id: row.id,
    sentBy: row.authorId,
    kind: row.kind,
    gestureKind: row.gestureKind,
    text: cipher.decryptNullable(row.text, { rowId: row.id, spaceId: row.spaceId }),
    phraseId: row.phraseId,
    appreciatedAt: row.appreciatedAt,
    therapistMaySee: row.therapistVisible === 1,
    createdAt: row.createdAt,
  });

  return {
    async send(actor: Actor, input: z.output<typeof SendNoteBody>): Promise<NoteOut> {
      const access = await requireAccess(db, actor, 'note.write');
      await throttleRepairWrite(limiter, actor.memberId);
      // An affirmation sent as it is keeps the phrase's words, so it reads the
      // same later even if the library's wording is improved.
      const phrase = input.phraseId === undefined ? undefined : affirmationById(input.phraseId);
      if (input.phraseId !== undefined && !phrase) throw unknownPhrase();
      const text = input.text ?? phrase?.text ?? null;
      if (input.answersRequestId !== undefined) {
        await requireAnswerable(db, access, input.answersRequestId, actor.memberId);
      }
      const now = clock.now();
      const id = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        await insertNote(trx, {
          id,
          spaceId: access.spaceId,
          authorId: actor.memberId,
          kind: input.kind,
          gestureKind: input.gestureKind ?? null,
          text: cipher.encryptNullable(text, { rowId: id, spaceId: access.spaceId }),
          phraseId: input.phraseId ?? null,
          appreciatedAt: null,
          appreciatedBy: null,
          // Notes are shared by nature: there is no private note to a partner.
          visibility: 'shared',
          therapistVisible: input.therapistMaySee ? 1 : 0,
          createdAt: now.toISOString(),
        });
        if (input.answersRequestId !== undefined) {
          await markRequestAnswered(trx, access.spaceId, input.answersRequestId, {
            memberId: actor.memberId,
            noteId: id,
            at: now.toISOString(),
          });
        }
      });
      const saved = await findNote(db, access.spaceId, id, access.reader);
      if (!saved) throw notFound();
      // Notes are shared by nature, so every one is news to the partner.
      await announceToPartner(deps, access, { kind: 'note-sent', id });
      return present(saved);
    },

    async list(actor: Actor): Promise<NoteOut[]> {
      const access = await requireAccess(db, actor, 'note.read');
      return (await listNotes(db, access.spaceId, access.reader)).map(present);
    },

    async get(actor: Actor, noteId: string): Promise<NoteOut> {
      const access = await requireAccess(db, actor, 'note.read');
      const row = await findNote(db, access.spaceId, noteId, access.reader);
      if (!row) throw notFound();
      return present(row);
    },

    async appreciate(actor: Actor, noteId: string): Promise<NoteOut> {
      const access = await requireAccess(db, actor, 'note.write');
      const row = await findNote(db, access.spaceId, noteId, access.reader);
      if (!row) throw notFound();
      if (row.authorId === actor.memberId) throw ownNote();
      // Already appreciated: the same answer, nothing written again.
      if (row.appreciatedAt === null) {
        await markAppreciated(
          db,
          access.spaceId,
          noteId,
          actor.memberId,
          clock.now().toISOString(),
        );
        await announceToPartner(deps, access, { kind: 'note-appreciated', id: noteId });
      }
      const saved = await findNote(db, access.spaceId, noteId, access.reader);
      if (!saved) throw notFound();
      return present(saved);
    },
  };
}

export type KindnessService = ReturnType<typeof kindnessService>;
