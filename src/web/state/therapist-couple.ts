/**
 * Which couple a therapist is looking at, in memory only: a space's id never
 * goes into the address bar or the history.
 */
import type { TherapistSpaceItem } from '../api/types';
import { whenSignedOut } from './session';
import { createStore } from './store';

export const openCouple = createStore<TherapistSpaceItem | null>(null);

whenSignedOut(() => openCouple.set(null));
