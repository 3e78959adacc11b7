import { z } from 'zod';
import { Id, Instant } from './common.js';

export const EXPORT_FORMAT = 'mend-export';
export const EXPORT_VERSION = 1;

/**
 * The export: everything that is the member's, and the shared entries of their
 * space (never the partner's private ones). `data` has one section per table,
 * named as the table, each a list of rows with decrypted text. See
 * docs/export-format.md for every section and field.
 */
export const ExportDocument = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Instant,
  member: z.object({ id: Id, email: z.string(), displayName: z.string(), timeZone: z.string() }),
  space: z
    .object({ id: Id, partner: z.object({ id: Id, displayName: z.string() }).nullable() })
    .nullable(),
  data: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
