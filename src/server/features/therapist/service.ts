/**
 * The therapist feature's use cases, as one service for its routes: the
 * grant's lifecycle (`grant-service.ts`) and the therapist's view and notes
 * (`view-service.ts`).
 */
import type { Deps } from '../../platform/deps.js';
import type { SafetyService } from '../safety/service.js';
import { therapistGrantService } from './grant-service.js';
import { therapistViewService } from './view-service.js';

export function therapistService(deps: Deps, safety: SafetyService) {
  return { ...therapistGrantService(deps, safety), ...therapistViewService(deps) };
}

export type TherapistService = ReturnType<typeof therapistService>;
