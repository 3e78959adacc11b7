/**
 * Needs and forgiveness in the access matrix. Needs are shared: the partners
 * of S reach both partners' needs. A reflection is private: only its author
 * reaches it (the other partner gets 404, like everyone else).
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';

const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

function objectRoute(
  param: string,
  kind: string,
  reach: Partial<Record<Role, string[]>>,
  extra: Partial<RouteExpectation> = {},
): RouteExpectation {
  return {
    param,
    objects: [`${kind}:partner`, `${kind}:otherPartner`, `${kind}:outsider`],
    allow: Object.fromEntries(ROLES.map((role) => [role, reach[role] ?? []])) as Record<
      Role,
      string[]
    >,
    ...extra,
  };
}

const shared = (kind: string) => ({
  partner: [`${kind}:partner`, `${kind}:otherPartner`],
  otherPartner: [`${kind}:partner`, `${kind}:otherPartner`],
  outsider: [`${kind}:outsider`],
});
const ownOnly = (kind: string) => ({
  partner: [`${kind}:partner`],
  otherPartner: [`${kind}:otherPartner`],
  outsider: [`${kind}:outsider`],
});
const needBody = () => ({ category: 'space', text: 'Changed words.', importance: 2 });

export const REGAIN_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/v1/needs': { allow: inASpace },
  'POST /api/v1/needs': { allow: inASpace, body: needBody },
  'GET /api/v1/needs/:needId': objectRoute('needId', 'need', shared('need')),
  'POST /api/v1/needs/:needId/versions': objectRoute('needId', 'need', shared('need'), {
    body: needBody,
  }),
  'POST /api/v1/needs/:needId/acknowledgment': objectRoute('needId', 'need', shared('need')),
  'POST /api/v1/needs/:needId/retirement': objectRoute('needId', 'need', shared('need')),
  'GET /api/v1/forgiveness/reflections': { allow: inASpace },
  'POST /api/v1/forgiveness/reflections': {
    allow: inASpace,
    body: () => ({ answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] }),
  },
  'GET /api/v1/forgiveness/reflections/:reflectionId': objectRoute(
    'reflectionId',
    'reflection',
    ownOnly('reflection'),
  ),
  'PUT /api/v1/forgiveness/reflections/:reflectionId/sharing': objectRoute(
    'reflectionId',
    'reflection',
    ownOnly('reflection'),
    { body: () => ({ shared: false }) },
  ),
  'GET /api/v1/forgiveness/statements': { allow: inASpace },
  'PUT /api/v1/forgiveness/statements/mine': {
    allow: inASpace,
    body: () => ({ text: 'My words.' }),
  },
  'PUT /api/v1/forgiveness/statements/mine/sharing': {
    allow: inASpace,
    body: () => ({ shared: false }),
  },
};
