/**
 * Consistency (step 5): commitments — small promises on a schedule — and the
 * owner's mark on each due day, which the partner may confirm or question.
 * A commitment's strength is a habit-strength score (never a streak), and its
 * reliability view is the calendar of due days with the strength over time.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { optionalText, requiredText, TEXT_LIMITS, TherapistMaySee } from '../repair/common.js';

export const Weekday = z.number().int().min(1).max(7).meta({
  description: 'An ISO weekday: 1 is Monday, 7 is Sunday.',
});

export const Schedule = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('daily') }),
    z.strictObject({
      kind: z.literal('weekdays'),
      weekdays: z
        .array(Weekday)
        .min(1, 'choose at least one day')
        .max(7)
        .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    }),
    z.strictObject({
      kind: z.literal('times-a-week'),
      times: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be between 1 and 7')
        .max(7, 'must be between 1 and 7'),
    }),
  ])
  .meta({
    description:
      'Daily; on chosen weekdays; or N times a week on days the owner chooses (each day holds one mark, at most N a week).',
  });
export type Schedule = z.infer<typeof Schedule>;

export const MakeCommitmentBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.commitment, 'The promise, in your own words.'),
  schedule: Schedule,
  needId: Id.optional().meta({ description: 'One of your partner’s needs it answers, if any.' }),
  therapistMaySee: TherapistMaySee,
});

export const CommitmentStatus = z.enum(['active', 'paused', 'ended']).meta({
  description: 'Paused and ended commitments keep every mark; an ended one cannot be resumed.',
});

export const SetCommitmentStatusBody = z.strictObject({ status: CommitmentStatus });

export const Outcome = z.enum(['kept', 'missed']);

export const MarkDayBody = z.strictObject({
  outcome: Outcome,
  note: optionalText(TEXT_LIMITS.markNote, 'A word about the day.'),
  change: z.boolean().optional().meta({
    description:
      'Set to change a mark already made for the day. Without it, the same mark again is a no-op and a different one is refused.',
  }),
});

export const ReviewMarkBody = z.strictObject({
  verdict: z.enum(['confirmed', 'questioned']),
  note: optionalText(TEXT_LIMITS.markNote, 'What you saw, or what you wonder about.'),
});

export const AnswerReviewBody = z.strictObject({
  text: requiredText(TEXT_LIMITS.markNote, 'Your answer to the question about this day.'),
});

export const MarkReview = z.object({
  verdict: z.enum(['confirmed', 'questioned']),
  by: Id,
  note: z.string().nullable(),
  at: Instant,
  answer: z.object({ text: z.string(), at: Instant }).nullable(),
});

export const Mark = z.object({
  day: Day,
  outcome: Outcome,
  note: z.string().nullable(),
  markedAt: Instant,
  review: MarkReview.nullable(),
});
export type Mark = z.infer<typeof Mark>;

export const CommitmentChange = z.object({
  status: CommitmentStatus,
  day: Day.meta({ description: 'The owner’s local day of the change.' }),
  at: Instant,
});

export const Commitment = z.object({
  id: Id,
  ownerId: Id,
  text: z.string(),
  schedule: Schedule,
  needId: Id.nullable(),
  status: CommitmentStatus,
  startedOn: Day,
  changes: z
    .array(CommitmentChange)
    .meta({ description: 'Made, paused, resumed, ended; oldest first.' }),
  strength: z.number().min(0).max(1).meta({
    description:
      'Habit strength in [0, 1]: each marked due day moves it a small step toward 1 (kept) or 0 (missed).',
  }),
  daysHeld: z.number().int().min(0),
  today: z.object({
    day: Day.meta({ description: 'Today in the owner’s time zone.' }),
    due: z.boolean(),
    mark: Mark.nullable(),
  }),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
});
export type Commitment = z.infer<typeof Commitment>;

export const CalendarDay = z.object({
  day: Day,
  state: z.enum(['kept', 'missed', 'not-marked', 'not-due', 'not-in-force']).meta({
    description: 'What the day holds; a questioned mark keeps its outcome and carries its review.',
  }),
  mark: Mark.nullable(),
});

export const CommitmentAnswer = z.object({ commitment: Commitment });
export const CommitmentDetail = z.object({
  commitment: Commitment,
  calendar: z.array(CalendarDay).meta({
    description: 'From the first day (at most the last 26 weeks) to today, oldest first.',
  }),
  strengthLine: z.array(z.object({ day: Day, strength: z.number() })).meta({
    description: 'The strength after each marked day, oldest first.',
  }),
});
export const CommitmentList = z.object({
  items: z
    .array(Commitment)
    .meta({ description: 'Active first, then paused, then ended; newest first within each.' }),
});
export const CommitmentParams = z.strictObject({ commitmentId: Id });
export const CommitmentDayParams = z.strictObject({ commitmentId: Id, day: Day });
export const MarkAnswer = z.object({ mark: Mark, strength: z.number().min(0).max(1) });
