/**
 * "Where we are": the ten steps with whether each is reached —
 * computed from what the couple did (domain/path/progress.ts) — and a gentle
 * suggestion of what could come next. No percentages, no grades. And the
 * timeline: what happened on the path, setbacks included, newest first.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { Severity } from './common.js';

export const PathStep = z.object({
  number: z.number().int(),
  key: z.enum([
    'acknowledge',
    'communicate',
    'take-responsibility',
    'set-boundaries',
    'consistency',
    'positive-behaviour',
    'patience',
    'understand-needs',
    'reassurance',
    'forgiveness',
  ]),
  phase: z.enum(['repair', 'restore', 'regain']),
  title: z.string(),
  about: z.string().meta({ description: 'What the couple does in this step, in plain words.' }),
  reachedWhen: z.string().meta({ description: 'When it counts as reached, in plain words.' }),
  status: z.enum(['reached', 'not-yet']).meta({
    description: '`reached` or `not-yet`: all ten steps are computed from what the couple did.',
  }),
  reachedAt: Instant.nullable().meta({
    description:
      'When steps 1, 3 and 4 were reached. The others look at recent weeks or at today, so none.',
  }),
  missing: z
    .array(
      z.enum([
        'partner',
        'breach',
        'acknowledgment',
        'acknowledgment-confirmed',
        'weekly-check-ins',
        'safe-conversation',
        'impact-statement',
        'apology',
        'feeling-understood',
        'active-agreement',
        'settled-commitment',
        'appreciated-gestures',
        'time-on-path',
        'steady-check-ins',
        'needs-listed',
        'needs-acknowledged',
        'feeling-reassured',
        'forgiveness',
      ]),
    )
    .meta({ description: 'What is still to do for the step; names, never a score.' }),
});

export const Suggestion = z.object({
  step: z.number().int(),
  kind: z.enum([
    'invite-partner',
    'record-breach',
    'write-acknowledgment',
    'answer-acknowledgment',
    'revise-acknowledgment',
    'check-in-weekly',
    'check-in-another-day',
    'rate-conversation',
    'have-conversation',
    'write-impact-statement',
    'write-apology',
    'rate-apology',
    'try-apology-again',
    'propose-agreement',
    'answer-agreement',
    'make-commitment',
    'keep-commitment',
    'send-note',
    'list-needs',
    'acknowledge-need',
    'ask-for-reassurance',
    'offer-reassurance',
    'keep-going',
  ]),
  who: z.enum(['you', 'your-partner', 'either']),
  text: z.string().meta({ description: 'The suggestion in plain, kind words.' }),
  breachId: Id.nullable(),
  agreementId: Id.nullable(),
  conversationId: Id.nullable(),
});

export const PathAnswer = z.object({
  today: Day,
  checkedInToday: z.boolean().meta({
    description: 'You have written today’s check-in, so the app does not offer to write it again.',
  }),
  steps: z.array(PathStep),
  next: Suggestion.nullable().meta({
    description: 'The one suggestion to show first: something you can do, when there is one.',
  }),
  suggestions: z.array(Suggestion),
  professionalHelp: z.object({
    suggested: z.boolean(),
    reasons: z.array(z.enum(['severe-breach', 'stalled', 'setbacks-close'])).meta({
      description:
        '`severe-breach`: a breach you can see rated severe, and no therapist yet; `stalled`: no step reached for about three months on a path at least that old; `setbacks-close`: two setbacks within 30 days.',
    }),
  }),
});
export type PathAnswer = z.infer<typeof PathAnswer>;

export const TIMELINE_KINDS = [
  'breach-recorded',
  'acknowledgment-written',
  'acknowledgment-answered',
  'impact-statement-written',
  'apology-written',
  'apology-rated',
  'conversation-logged',
  'agreement-proposed',
  'agreement-accepted',
  'agreement-retired',
  'agreement-break-disclosed',
  'agreement-break-reported',
  'setback-logged',
  'commitment-made',
  'commitment-paused',
  'commitment-resumed',
  'commitment-ended',
  'note-appreciated',
  'need-acknowledged',
  'forgiveness-statement-shared',
] as const;

export const TimelineItem = z.object({
  id: z.string().meta({ description: 'Stable within the timeline: kind and the entry’s id.' }),
  kind: z.enum(TIMELINE_KINDS),
  at: Instant,
  day: Day.nullable().meta({ description: 'The calendar day it concerns, when it has one.' }),
  memberId: Id.nullable().meta({ description: 'Who did it.' }),
  breachId: Id.nullable(),
  agreementId: Id.nullable(),
  conversationId: Id.nullable(),
  setbackId: Id.nullable(),
  label: z.string().nullable().meta({ description: 'A breach’s title, for breach entries.' }),
  severity: Severity.nullable().meta({ description: 'A setback’s severity.' }),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineQuery = z.strictObject({ from: Day.optional(), to: Day.optional() });
export const TimelineAnswer = z.object({ items: z.array(TimelineItem) });
