/**
 * Restore and regain (steps 5–10) in the access matrix. As in the repair
 * phase, the partners of a space reach every object of their space (an
 * owner-only refusal such as "not-owner" is a business answer after access was
 * granted); everyone else is denied.
 */
import type { RouteExpectation } from '../access/expectations.js';
import type { World } from '../access/world.js';
import { inASpace, objectRoute } from '../repair/access.js';

/** The day the world's commitments were marked on. */
const markedDay = { day: (world: World) => world.objects['commitmentDay']! };
const commitmentRoute = (extra: Partial<RouteExpectation> = {}) =>
  objectRoute('commitmentId', 'commitment', extra);

export const RESTORE_EXPECTATIONS: Record<string, RouteExpectation> = {
  // Commitments (step 5).
  'POST /api/v1/commitments': {
    allow: inASpace,
    body: () => ({ text: 'I will call at lunch.', schedule: { kind: 'daily' } }),
  },
  'GET /api/v1/commitments': { allow: inASpace },
  'GET /api/v1/commitments/:commitmentId': commitmentRoute(),
  'PUT /api/v1/commitments/:commitmentId/status': commitmentRoute({
    body: () => ({ status: 'active' }),
  }),
  'PUT /api/v1/commitments/:commitmentId/marks/:day': commitmentRoute({
    params: markedDay,
    body: () => ({ outcome: 'kept' }),
  }),
  'PUT /api/v1/commitments/:commitmentId/marks/:day/review': commitmentRoute({
    params: markedDay,
    body: () => ({ verdict: 'questioned' }),
  }),
  'PUT /api/v1/commitments/:commitmentId/marks/:day/answer': commitmentRoute({
    params: markedDay,
    body: () => ({ text: 'I will explain.' }),
  }),
};
