/**
 * Building blocks shared by every request and response schema. The server
 * validates with them; the web app imports their inferred types only.
 */
import { z } from 'zod';
import { canonicalTimeZone, isDay } from '../domain/calendar.js';
import { isBlank, trimText } from '../domain/text.js';
import { PROBLEMS, type ProblemCode } from './problems.js';
import { DISPLAY_NAME_MAX } from './limits.js';

export const Id = z.uuid({ version: 'v7', error: 'must be an id' });

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isDay, 'must be a real calendar date')
  .meta({ description: 'A calendar day, YYYY-MM-DD, in the member’s time zone.' });

export const Instant = z.iso
  .datetime({ offset: false })
  .meta({ description: 'An instant in UTC, ISO-8601.' });

export const TimeZone = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const canonical = canonicalTimeZone(value);
    if (canonical === null) {
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Berlin' });
      return z.NEVER;
    }
    return canonical;
  })
  .meta({ description: 'An IANA time zone name, e.g. Europe/Berlin.' });

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an e-mail address' }))
  .transform((value) => value.toLowerCase());

/**
 * A text that must show something: trimmed of spaces and zero-width characters
 * at both ends, then neither empty nor made only of invisible characters
 * (`domain/text.ts`), and at most `max` characters.
 */
export const nonBlankText = (max: number) =>
  z
    .string()
    .overwrite(trimText)
    .min(1, 'must not be empty')
    .refine((value) => value === '' || !isBlank(value), 'must not be empty')
    .max(max, `must be at most ${max} characters`);

export const DisplayName = nonBlankText(DISPLAY_NAME_MAX);

export const Visibility = z.enum(['private', 'shared']);
export type Visibility = z.infer<typeof Visibility>;

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z
    .enum(Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]])
    .meta({ description: 'A stable code from the catalogue; each code has one status.' }),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;
