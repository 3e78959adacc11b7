/**
 * How a feature's entries take part in what a consented therapist may see.
 * Each feature whose entries a therapist may read writes one
 * `TherapistViewSource` (its `therapist-source*.ts`) and adds it to
 * `features/therapist/view-sources.ts`.
 *
 * The shape lives here, apart from the features, so that the sources and the
 * list of them depend on it and never on each other (no import cycle).
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TherapistEntry } from '../../../contract/therapist.js';
import type { Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { DB } from '../db/schema.js';

export interface TherapistViewContext {
  db: Kysely<DB>;
  cipher: FieldCipher;
  spaceId: string;
  reader: Reader;
  now: Date;
}

export interface TherapistViewSource {
  list(context: TherapistViewContext): Promise<z.input<typeof TherapistEntry>[]>;
}
