/**
 * The report for a therapist in the access matrix: partners of a space only,
 * each reading their own space. A therapist reads the printed report their
 * clients hand them, never this route; a former partner and a member without
 * a space are denied.
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

export const REPORT_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/v1/me/therapist-report': { allow: inASpace },
};
