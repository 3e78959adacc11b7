/**
 * What a therapist can see, feature by feature: each source lists the shared
 * entries its authors flagged "therapist may see", through the one visibility
 * rule (`visibleTo` with a therapist reader). A feature whose entries a
 * therapist may see adds its source here.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TherapistEntry } from '../../../contract/therapist.js';
import type { Reader } from '../../../domain/visibility.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DB } from '../../platform/db/schema.js';
import { checkInsTherapistSource } from '../check-ins/therapist-source.js';
import { REPAIR_THERAPIST_SOURCES } from '../path/therapist-sources.js';

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

export const THERAPIST_VIEW_SOURCES: TherapistViewSource[] = [
  checkInsTherapistSource,
  ...REPAIR_THERAPIST_SOURCES,
];
