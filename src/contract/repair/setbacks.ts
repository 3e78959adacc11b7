/**
 * Setbacks: a new breach, a broken agreement, a discovery, a hard day. Logged,
 * never hidden; they delete and reset nothing, and they show on the timeline.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';
import { optionalText, Severity, TEXT_LIMITS, TherapistMaySee } from './common.js';
import { SETBACK_KINDS } from './words.js';

export const SetbackKind = z.enum(SETBACK_KINDS);
export type SetbackKind = z.infer<typeof SetbackKind>;

export const LogSetbackBody = z.strictObject({
  kind: SetbackKind,
  severity: Severity.meta({ description: 'How serious this setback feels to you.' }),
  day: Day.meta({ description: 'When it happened (not in the future).' }),
  note: optionalText(TEXT_LIMITS.note, 'What happened.'),
  breachId: Id.optional().meta({ description: 'A breach it concerns, if any.' }),
  agreementId: Id.optional().meta({ description: 'An agreement it concerns, if any.' }),
  therapistMaySee: TherapistMaySee,
});

export const Setback = z.object({
  id: Id,
  loggedBy: Id,
  kind: SetbackKind,
  severity: Severity,
  day: Day,
  note: z.string().nullable(),
  breachId: Id.nullable(),
  agreementId: Id.nullable(),
  therapistMaySee: z.boolean(),
  createdAt: Instant,
});
export type Setback = z.infer<typeof Setback>;

export const SetbackAnswer = z.object({ setback: Setback });
export const SetbackList = z.object({
  items: z.array(Setback).meta({ description: 'Newest first.' }),
});
export const SetbackParams = z.strictObject({ setbackId: Id });
