/**
 * Positive behaviour (step 6): a thoughtful note to the partner, or a gesture
 * logged with an optional word. Shared by nature — there is no visibility
 * choice — and the partner may appreciate each one, once.
 */
import { z } from 'zod';
import { Id, Instant } from '../common.js';
import { optionalText, TEXT_LIMITS, TherapistMaySee } from '../repair/common.js';

import { GESTURE_KINDS, NOTE_KINDS } from './words.js';

export const NoteKind = z.enum(NOTE_KINDS);
export const GestureKind = z.enum(GESTURE_KINDS);

export const SendNoteBody = z
  .strictObject({
    kind: NoteKind,
    gestureKind: GestureKind.optional().meta({ description: 'For a gesture: what kind.' }),
    text: optionalText(TEXT_LIMITS.note, 'The note, or a word about the gesture.'),
    phraseId: z
      .string()
      .max(60)
      .optional()
      .meta({ description: 'For an affirmation: the phrase it starts from.' }),
    answersRequestId: Id.optional().meta({
      description: 'The partner’s “I could use some reassurance” this note answers.',
    }),
    therapistMaySee: TherapistMaySee,
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'gesture' && !body.gestureKind)
      ctx.addIssue({ code: 'custom', path: ['gestureKind'], message: 'a gesture needs its kind' });
    if (body.kind !== 'gesture' && body.gestureKind)
      ctx.addIssue({ code: 'custom', path: ['gestureKind'], message: 'only a gesture has a kind' });
    if (body.kind === 'affirmation' && !body.phraseId)
      ctx.addIssue({
        code: 'custom',
        path: ['phraseId'],
        message: 'an affirmation names its phrase',
      });
    if (body.kind !== 'affirmation' && body.phraseId)
      ctx.addIssue({
        code: 'custom',
        path: ['phraseId'],
        message: 'only an affirmation has a phrase',
      });
    if (body.kind === 'note' && !body.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a note needs its words' });
  });

export const Note = z.object({
  id: Id,
  sentBy: Id,
  kind: NoteKind,
  gestureKind: GestureKind.nullable(),
  text: z.string().nullable(),
  phraseId: z.string().nullable(),
  appreciatedAt: Instant.nullable(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
});
export type Note = z.infer<typeof Note>;

export const NoteAnswer = z.object({ note: Note });
export const NoteList = z.object({
  items: z.array(Note).meta({ description: 'Newest first.' }),
});
export const NoteParams = z.strictObject({ noteId: Id });
