import { z } from 'zod';
import { Day, Id, Instant, Visibility } from './common.js';
import { CHECK_IN_EFFORT_MAX, CHECK_IN_NOTE_MAX, CHECK_IN_RATING_MAX } from './limits.js';

const Rating = z.number().int('must be a whole number').min(1).max(CHECK_IN_RATING_MAX);
const Effort = z.number().int('must be a whole number').min(1).max(CHECK_IN_EFFORT_MAX);

export const CheckInNoteInput = z.strictObject({
  text: z.string().max(CHECK_IN_NOTE_MAX, `must be at most ${CHECK_IN_NOTE_MAX} characters`),
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
  /** "I felt reassured" (step 9 of the path). */
  reassured: Rating.nullable().optional(),
  /**
   * "How much do you think your partner trusts you today?" Asked only of a
   * partner who broke trust in a breach (`asksPerceivedTrust`); anyone else is
   * refused with `perceived-trust-not-asked`.
   */
  perceivedTrust: Rating.nullable().optional(),
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
  reassured: z.number().int().nullable(),
  perceivedTrust: z.number().int().nullable(),
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
  /** Whether the reader is asked "How much do you think your partner trusts you today?". */
  asksPerceivedTrust: z.boolean(),
});
export type CheckInList = z.infer<typeof CheckInList>;

export const CheckInParams = z.strictObject({ checkInId: Id });
