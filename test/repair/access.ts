/**
 * The repair phase in the access matrix: who may pass the access check of
 * each repair route. Partners of a space reach every object of their space (a
 * role refusal such as "only the hurt partner" is a business answer, not a
 * denial); everyone else — former partners, therapists, strangers — is denied.
 */
import type { RouteExpectation } from '../access/expectations.js';
import { ROLES, type Role } from '../access/world.js';
import { apologyParts, breachBody } from './factories.js';
import { TODAY } from './world-objects.js';

/** Partners of a space: nobody else (former partners, therapists, strangers) passes. */
export const inASpace = Object.fromEntries(
  ROLES.map((role) => [role, role === 'partner' || role === 'otherPartner' || role === 'outsider']),
) as Record<Role, boolean>;

/** For object routes: the partners of S reach S's objects, the outsider T's. */
export function objectRoute(
  param: string,
  kind: string,
  extra: Partial<RouteExpectation> = {},
  spaceS: string[] = ['partner', 'otherPartner'],
): RouteExpectation {
  const inS = spaceS.map((who) => `${kind}:${who}`);
  return {
    param,
    objects: [...inS, `${kind}:outsider`],
    allow: Object.fromEntries(
      ROLES.map((role) => [
        role,
        role === 'partner' || role === 'otherPartner'
          ? inS
          : role === 'outsider'
            ? [`${kind}:outsider`]
            : [],
      ]),
    ) as Record<Role, string[]>,
    ...extra,
  };
}

const BREACH_OWNERS = ['partner', 'otherPartner', 'former'];
const breachRoute = (extra: Partial<RouteExpectation> = {}) =>
  objectRoute('breachId', 'breach', extra, BREACH_OWNERS);

export const REPAIR_EXPECTATIONS: Record<string, RouteExpectation> = {
  // Breaches and acknowledgments.
  'POST /api/v1/breaches': { allow: inASpace, body: () => breachBody({ day: TODAY }) },
  'GET /api/v1/breaches': { allow: inASpace },
  'GET /api/v1/breaches/:breachId': breachRoute(),
  'PATCH /api/v1/breaches/:breachId': breachRoute({ body: () => ({ title: 'Edited title' }) }),
  'PUT /api/v1/breaches/:breachId/my-severity': breachRoute({
    body: () => ({ severity: 'moderate' }),
  }),
  'POST /api/v1/breaches/:breachId/acknowledgments': breachRoute({
    body: () => ({ text: 'What happened, in my words.' }),
  }),
  'GET /api/v1/breaches/:breachId/acknowledgments': breachRoute(),
  'PATCH /api/v1/acknowledgments/:acknowledgmentId': objectRoute('acknowledgmentId', 'ack', {
    body: () => ({ text: 'Corrected words.' }),
  }),
  'POST /api/v1/acknowledgments/:acknowledgmentId/response': objectRoute(
    'acknowledgmentId',
    'ack',
    { body: () => ({ verdict: 'accurate' }) },
  ),

  // Impact statements and apologies.
  'POST /api/v1/breaches/:breachId/impact-statements': breachRoute({
    body: () => ({ text: 'How this affected me.' }),
  }),
  'GET /api/v1/breaches/:breachId/impact-statements': breachRoute(),
  'PATCH /api/v1/impact-statements/:impactStatementId': objectRoute(
    'impactStatementId',
    'statement',
    { body: () => ({ text: 'Corrected statement.' }) },
  ),
  'POST /api/v1/breaches/:breachId/apologies': breachRoute({
    body: (world) => ({
      impactStatementId: world.objects['statement:otherPartner'],
      parts: apologyParts(),
    }),
  }),
  'GET /api/v1/breaches/:breachId/apologies': breachRoute(),
  'GET /api/v1/apologies/:apologyId': objectRoute('apologyId', 'apology'),
  'PATCH /api/v1/apologies/:apologyId': objectRoute('apologyId', 'apology', {
    body: () => ({ parts: apologyParts() }),
  }),
  'POST /api/v1/apologies/:apologyId/rating': objectRoute('apologyId', 'apology', {
    body: () => ({ understood: 5 }),
  }),

  // Conversations and prompts.
  'POST /api/v1/conversations': {
    allow: inASpace,
    body: () => ({ day: TODAY, topic: 'A talk', minutes: 20, startedBy: 'me' }),
  },
  'GET /api/v1/conversations': { allow: inASpace },
  'GET /api/v1/conversations/:conversationId': objectRoute('conversationId', 'conversation'),
  'PUT /api/v1/conversations/:conversationId/my-rating': objectRoute(
    'conversationId',
    'conversation',
    { body: () => ({ feltSafe: 5, feltHeard: 6 }) },
  ),
  'GET /api/v1/prompts': { allow: inASpace },
  'POST /api/v1/prompts/:promptId/picks': {
    param: 'promptId',
    objects: ['prompt:library'],
    allow: Object.fromEntries(
      ROLES.map((role) => [role, inASpace[role] ? ['prompt:library'] : []]),
    ) as Record<Role, string[]>,
  },

  // Agreements.
  'POST /api/v1/agreements': { allow: inASpace, body: () => ({ text: 'A new agreement.' }) },
  'GET /api/v1/agreements': { allow: inASpace },
  'GET /api/v1/agreements/:agreementId': objectRoute('agreementId', 'agreement'),
  'POST /api/v1/agreements/:agreementId/versions': objectRoute('agreementId', 'agreement', {
    body: () => ({ text: 'Changed terms.' }),
  }),
  'POST /api/v1/agreements/:agreementId/retirement': objectRoute('agreementId', 'agreement', {
    body: () => ({}),
  }),
  'PATCH /api/v1/agreement-versions/:versionId': objectRoute('versionId', 'agreementVersion', {
    body: () => ({ text: 'Corrected terms.' }),
  }),
  'POST /api/v1/agreement-versions/:versionId/acceptance': objectRoute(
    'versionId',
    'agreementVersion',
  ),
  'POST /api/v1/agreement-versions/:versionId/decline': objectRoute(
    'versionId',
    'agreementVersion',
    { body: () => ({ comment: 'Not like this.' }) },
  ),
  'POST /api/v1/agreements/:agreementId/disclosures': objectRoute('agreementId', 'agreement', {
    body: () => ({ day: TODAY }),
  }),
  'POST /api/v1/agreements/:agreementId/reports': objectRoute('agreementId', 'agreement', {
    body: () => ({ day: TODAY }),
  }),

  // Setbacks, the path and the timeline.
  'POST /api/v1/setbacks': {
    allow: inASpace,
    body: () => ({ kind: 'hard-day', severity: 'minor', day: TODAY }),
  },
  'GET /api/v1/setbacks': { allow: inASpace },
  'GET /api/v1/setbacks/:setbackId': objectRoute('setbackId', 'setback', {}, [
    'partner',
    'otherPartner',
    'former',
  ]),
  'GET /api/v1/path': { allow: inASpace },
  'GET /api/v1/timeline': { allow: inASpace },
};
