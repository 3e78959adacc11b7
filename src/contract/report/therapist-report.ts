/**
 * The report for a therapist: what a partner prints (or saves as a PDF) for a
 * chosen period to hand to their therapist. One answer holds what the page
 * needs: the path's steps, the weekly averages of check-in ratings (the
 * reader's own and the partner's revealed ones), and the shared entries of the
 * period — check-in notes, commitments, conversations, agreements — each with
 * its "therapist may see" flag. The page prints the flagged ones and those the
 * partner ticks before printing; the choice is not stored. Private entries are
 * never in the answer.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { PathStep } from '../repair/path.js';
import { CommitmentStatus, Schedule } from '../restore/commitments.js';

export const TherapistReportQuery = z.strictObject({
  from: Day.optional().meta({
    description: 'The first day of the period; three months before `to` unless given.',
  }),
  to: Day.optional().meta({ description: 'The last day of the period; today unless given.' }),
});

const Average = z.number().nullable().meta({
  description: 'The week’s average, 1 to 7, rounded to one decimal; null when none was given.',
});

export const WeekRatings = z.object({
  trust: Average,
  honesty: Average,
  reliability: Average,
  openness: Average,
  days: z.number().int().min(1).meta({ description: 'How many days of the week had a check-in.' }),
});

export const ReportWeek = z.object({
  weekStart: Day.meta({ description: 'The Monday the week starts on.' }),
  mine: WeekRatings.nullable().meta({ description: 'The reader’s own check-ins that week.' }),
  partner: WeekRatings.nullable().meta({
    description: 'The partner’s check-ins that week the reader may see (the reveal rule).',
  }),
});

export const ReportStep = PathStep.pick({
  number: true,
  key: true,
  phase: true,
  title: true,
  status: true,
  reachedAt: true,
});

export const ReportCheckInNote = z.object({
  id: Id,
  authorId: Id,
  day: Day,
  text: z.string(),
  therapistMaySee: z.boolean(),
});

export const ReportCommitment = z.object({
  id: Id,
  ownerId: Id,
  text: z.string(),
  schedule: Schedule,
  status: CommitmentStatus,
  startedOn: Day,
  strength: z.number().min(0).max(1),
  daysHeld: z.number().int().min(0),
  therapistMaySee: z.boolean(),
});

export const ReportConversationRating = z.object({
  memberId: Id,
  feltSafe: z.number().int(),
  feltHeard: z.number().int(),
  note: z.string().nullable().meta({ description: 'A shared note only.' }),
  therapistMaySee: z.boolean(),
});

export const ReportConversation = z.object({
  id: Id,
  loggedBy: Id,
  day: Day,
  topic: z.string(),
  minutes: z.number().int(),
  ratings: z.array(ReportConversationRating).meta({
    description: 'The reader’s own rating and the partner’s once revealed to the reader.',
  }),
  therapistMaySee: z.boolean(),
});

export const ReportAgreement = z.object({
  id: Id,
  versionId: Id,
  status: z.enum(['proposed', 'active', 'retired']),
  authorId: Id.meta({ description: 'Who wrote the terms shown.' }),
  text: z.string().nullable().meta({ description: 'The terms in force, or the latest proposed.' }),
  reviewOn: Day.nullable(),
  activeSince: Instant.nullable(),
  retiredAt: Instant.nullable(),
  breaks: z.number().int().min(0).meta({
    description: 'Disclosures and reports of a break within the period.',
  }),
  therapistMaySee: z.boolean().meta({ description: 'The flag of the terms shown.' }),
  createdAt: Instant,
});

const Person = z.object({ id: Id, displayName: z.string() });

export const TherapistReportAnswer = z.object({
  from: Day,
  to: Day,
  today: Day,
  madeAt: Instant,
  you: Person,
  partner: Person.nullable(),
  steps: z.array(ReportStep).meta({ description: 'The ten steps as they stand today.' }),
  weeks: z.array(ReportWeek).meta({
    description: 'Every week that touches the period, oldest first; days outside it not counted.',
  }),
  checkInNotes: z.array(ReportCheckInNote).meta({
    description: 'Shared notes of check-ins in the period, oldest first.',
  }),
  commitments: z.array(ReportCommitment).meta({
    description: 'Commitments in force at some time in the period.',
  }),
  conversations: z.array(ReportConversation).meta({
    description: 'Conversations held in the period, oldest first.',
  }),
  agreements: z.array(ReportAgreement).meta({
    description: 'Agreements that existed at some time in the period, oldest first.',
  }),
});
export type TherapistReportAnswer = z.infer<typeof TherapistReportAnswer>;
