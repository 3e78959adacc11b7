import { z } from 'zod';
import { Day, Id, Instant, Visibility } from './common.js';

export const NOTE_MAX_LENGTH = 4000;

const Rating = z.number().int('must be a whole number').min(1).max(7);
const Effort = z.number().int('must be a whole number').min(1).max(5);

export const CheckInNoteInput = z.strictObject({
  text: z.string().max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`),
  visibility: Visibility,
});

/** Every answer may be skipped; `null` clears an answer given earlier that day. */
export const PutCheckInBody = z.strictObject({
  day: Day.optional(),
  trust: Rating.nullable().optional(),
  honesty: Rating.nullable().optional(),
  reliability: Rating.nullable().optional(),
  openness: Rating.nullable().optional(),
  safety: Rating.nullable().optional(),
  effort: Effort.nullable().optional(),
  talkedOpenly: z.boolean().nullable().optional(),
  note: CheckInNoteInput.nullable().optional(),
  /** "Therapist may see": a consented therapist sees this check-in and its shared note. */
  therapistMaySee: z.boolean().optional(),
});
export type PutCheckInBody = z.infer<typeof PutCheckInBody>;

export const CheckIn = z.object({
  id: Id,
  memberId: Id,
  day: Day,
  trust: z.number().int().nullable(),
  honesty: z.number().int().nullable(),
  reliability: z.number().int().nullable(),
  openness: z.number().int().nullable(),
  safety: z.number().int().nullable(),
  effort: z.number().int().nullable(),
  talkedOpenly: z.boolean().nullable(),
  /** The author sees their note whatever its visibility; the partner only a shared one. */
  note: z.object({ text: z.string(), visibility: Visibility }).nullable(),
  therapistMaySee: z.boolean(),
  updatedAt: Instant,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInAnswer = z.object({ checkIn: CheckIn });

export const ListCheckInsQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
});

export const CheckInList = z.object({
  items: z.array(CheckIn),
  /** The reader's today, so the app can say what is still hidden. */
  today: Day,
});
export type CheckInList = z.infer<typeof CheckInList>;

export const CheckInParams = z.strictObject({ checkInId: Id });
