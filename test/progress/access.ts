/**
 * The forecast in the access matrix: partners of a space only. A therapist
 * sees the report the partners print for them, never this route; a former
 * partner and a member without a space are denied.
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

export const PROGRESS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/v1/forecast': { allow: inASpace },
  'PUT /api/v1/forecast/sharing': { allow: inASpace, body: () => ({ shared: true }) },
};
