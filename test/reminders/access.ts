/**
 * Reminders in the access matrix. Settings are every signed-in member's own
 * (a therapist or someone without a space may set them too); an in-app
 * reminder is reached by the member it was sent to only.
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const signedIn = Object.fromEntries(ROLES.map((role) => [role, role !== 'anonymous'])) as Record<
  Role,
  boolean
>;

const KIND = 'reminder';
const ownOnly = Object.fromEntries(
  ROLES.map((role) => [
    role,
    role === 'partner' || role === 'otherPartner' || role === 'outsider' ? [`${KIND}:${role}`] : [],
  ]),
) as Record<Role, string[]>;

export const REMINDER_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/v1/me/reminders': { allow: signedIn },
  'PUT /api/v1/me/reminders': {
    allow: signedIn,
    body: () => ({
      items: [{ kind: 'check-in', days: [1, 2, 3, 4, 5], time: '20:00', channel: 'app' }],
      quietHours: { start: '22:00', end: '07:00' },
    }),
  },
  'GET /api/v1/me/reminders/due': { allow: signedIn },
  'POST /api/v1/me/reminders/due/:reminderId/dismiss': {
    param: 'reminderId',
    objects: [`${KIND}:partner`, `${KIND}:otherPartner`, `${KIND}:outsider`],
    allow: ownOnly,
  },
};
