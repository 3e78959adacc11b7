/**
 * Notes and gestures in the access matrix: partners of a space reach every
 * note of their space, the former partner's included (notes are shared by
 * nature and stay); everyone else — former partners, therapists, strangers —
 * is denied. Appreciating one's own note is a business answer (403
 * own-entry), not a denial.
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

const IN_S = ['note:partner', 'note:otherPartner', 'note:former'];

const noteRoute = (): RouteExpectation => ({
  param: 'noteId',
  objects: [...IN_S, 'note:outsider'],
  allow: Object.fromEntries(
    ROLES.map((role) => [
      role,
      role === 'partner' || role === 'otherPartner'
        ? IN_S
        : role === 'outsider'
          ? ['note:outsider']
          : [],
    ]),
  ) as Record<Role, string[]>,
});

export const KINDNESS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/v1/notes': { allow: inASpace, body: () => ({ kind: 'note', text: 'Thank you' }) },
  'GET /api/v1/notes': { allow: inASpace },
  'GET /api/v1/notes/:noteId': noteRoute(),
  'PUT /api/v1/notes/:noteId/appreciation': noteRoute(),
  // Asking for reassurance: partners of a space, today's one request each.
  'PUT /api/v1/reassurance/today': { allow: inASpace },
  'GET /api/v1/reassurance': { allow: inASpace },
};
