/**
 * Building blocks of the repair-phase contracts: text limits, the severity
 * scale, and the "therapist may see" flag. Every text is trimmed; a required
 * one must not be empty after trimming; every one has a cap, named here.
 */
import { z } from 'zod';
import { isBlank, trimText } from '../../domain/text.js';
import { nonBlankText } from '../common.js';

/** Caps in characters (UTF-16 code units, as a browser counts `maxlength`). */
export const TEXT_LIMITS = {
  /** Breach titles. */
  title: 120,
  /** Conversation topics. */
  topic: 200,
  /** Breach descriptions, acknowledgments, impact statements. */
  long: 6000,
  /** Each of the four parts of an apology. */
  apologyPart: 2000,
  /** Agreement terms. */
  agreement: 2000,
  /** Comments on answers (an acknowledgment, an apology, a proposal), break notes. */
  comment: 2000,
  /** Notes on conversation ratings and setbacks. */
  note: 4000,
} as const;

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

export const SEVERITIES = ['minor', 'moderate', 'severe'] as const;
export const Severity = z.enum(SEVERITIES).meta({
  description: 'How serious it was, in one partner’s own eyes. See SEVERITY_EXPLANATIONS.',
});
export type Severity = z.infer<typeof Severity>;

/** The severity scale in plain words, for the screen that asks for a rating. */
export const SEVERITY_EXPLANATIONS: Record<Severity, { label: string; explanation: string }> = {
  minor: {
    label: 'Minor',
    explanation:
      'It hurt and it matters, but it did not shake the ground we stand on. Talking it through and a change of habit may be enough.',
  },
  moderate: {
    label: 'Moderate',
    explanation:
      'It shook my trust in a real way. I need to see things done differently over weeks, not days, before I can lean on it again.',
  },
  severe: {
    label: 'Severe',
    explanation:
      'It broke something fundamental. I am not sure yet what I can believe, and rebuilding will take a long time and a lot of care.',
  },
};

export const Rating7 = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 7')
  .max(7, 'must be between 1 and 7');

export const LockReason = z.enum(['answered', 'revised']).nullable().meta({
  description:
    'Why a version can no longer be edited: the other partner answered it, or a newer version exists. Null while it is still open to its author.',
});
