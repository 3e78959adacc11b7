/**
 * The trust questionnaire in the access matrix. A questionnaire is private:
 * only its author reaches it (the other partner gets 404, like everyone else).
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

const KIND = 'trustQuestionnaire';
const ownOnly = Object.fromEntries(
  ROLES.map((role) => [
    role,
    role === 'partner' || role === 'otherPartner' || role === 'outsider' ? [`${KIND}:${role}`] : [],
  ]),
) as Record<Role, string[]>;

const objectRoute = (extra: Partial<RouteExpectation> = {}): RouteExpectation => ({
  param: 'questionnaireId',
  objects: [`${KIND}:partner`, `${KIND}:otherPartner`, `${KIND}:outsider`],
  allow: ownOnly,
  ...extra,
});

export const TRUST_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/v1/trust-questionnaires': { allow: inASpace },
  'PUT /api/v1/trust-questionnaires': {
    allow: inASpace,
    body: () => ({ answers: [4, 4, 4, 4, 4, 4] }),
  },
  'GET /api/v1/trust-questionnaires/:questionnaireId': objectRoute(),
  'PUT /api/v1/trust-questionnaires/:questionnaireId/sharing': objectRoute({
    body: () => ({ shared: false }),
  }),
};
