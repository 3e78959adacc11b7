/**
 * What a therapist can see, feature by feature: each source lists the shared
 * entries its authors flagged "therapist may see", through the one visibility
 * rule (`visibleTo` with a therapist reader). A feature whose entries a
 * therapist may see adds its source here (the shape is in
 * `platform/data/therapist-view.ts`).
 */
import type { TherapistViewSource } from '../../platform/data/therapist-view.js';
import { checkInsTherapistSource } from '../check-ins/therapist-source.js';
import { REPAIR_THERAPIST_SOURCES } from '../path/therapist-sources.js';
import { needsTherapistSource } from '../needs/therapist-source.js';
import { forgivenessTherapistSource } from '../forgiveness/therapist-source.js';
import { trustQuestionnaireTherapistSource } from '../trust-questionnaires/therapist-source.js';

export const THERAPIST_VIEW_SOURCES: TherapistViewSource[] = [
  checkInsTherapistSource,
  ...REPAIR_THERAPIST_SOURCES,
  needsTherapistSource,
  forgivenessTherapistSource,
  trustQuestionnaireTherapistSource,
];
