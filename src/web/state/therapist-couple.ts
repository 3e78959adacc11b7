/**
 * The couple a therapist last opened, kept in memory so that opening it from
 * the list needs no second request. The address holds the couple's id too
 * (decision 016), so a reload finds it again.
 */
import type { TherapistSpaceItem } from '../api/types';
import { whenSignedOut } from './session';
import { createStore } from './store';

export const openCouple = createStore<TherapistSpaceItem | null>(null);

whenSignedOut(() => openCouple.set(null));
