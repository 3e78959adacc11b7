/**
 * Building blocks of the repair-phase contracts: text limits, the severity
 * scale, and the "therapist may see" flag. Every text is trimmed; a required
 * one must not be empty after trimming; every one has a cap, named in
 * ../limits.ts.
 */
import { z } from 'zod';
import { REPAIR_RATING_MAX } from '../limits.js';
import { SEVERITIES } from './words.js';
import { isBlank, trimText } from '../../domain/text.js';
import { nonBlankText } from '../common.js';

// The caps live with the other limits the web app reads too.
export { TEXT_LIMITS } from '../limits.js';

/** A required text: trimmed, not empty nor only invisible characters, at most `max` characters. */
export const requiredText = (max: number, description: string) =>
  nonBlankText(max).meta({ description: `${description} Trimmed; 1–${max} characters.` });

/** An optional text: trimmed; empty (or only spaces or invisible characters) counts as not given. */
export const optionalText = (max: number, description: string) =>
  z
    .string()
    .overwrite(trimText)
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (isBlank(value) ? null : value))
    .nullable()
    .optional()
    .meta({ description: `${description} Optional; trimmed; at most ${max} characters.` });

export const TherapistMaySee = z.boolean().optional().meta({
  description:
    '“Therapist may see”: a therapist both partners consented to may read this entry. Off unless turned on.',
});

export const Severity = z.enum(SEVERITIES).meta({
  description: 'How serious it was, in one partner’s own eyes. See SEVERITY_EXPLANATIONS.',
});
export type Severity = z.infer<typeof Severity>;

export const Rating7 = z
  .number()
  .int('must be a whole number')
  .min(1, `must be between 1 and ${REPAIR_RATING_MAX}`)
  .max(REPAIR_RATING_MAX, `must be between 1 and ${REPAIR_RATING_MAX}`);

export const LockReason = z.enum(['answered', 'revised']).nullable().meta({
  description:
    'Why a version can no longer be edited: the other partner answered it, or a newer version exists. Null while it is still open to its author.',
});
