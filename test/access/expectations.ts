/**
 * Who may pass the access check of each route. Every route the app registers
 * must be listed here; a route missing from this table fails the matrix.
 *
 * `allow` per role: `true`/`false` for routes without an object id; for routes
 * with one, the keys of the world's objects that role may reach. "Pass" means
 * any answer but a denial (a 409 or 422 is a business answer after access was
 * granted, and so is signIn's 401 for a wrong password); "denied" means 401
 * `unauthenticated` or 404 `not-found`.
 */
import type { Role, World } from './world.js';

export interface RouteExpectation {
  allow: Record<Role, boolean | string[]>;
  /** Path parameter holding an object id, and the objects to try in it. */
  param?: string;
  objects?: string[];
  body?: (world: World) => unknown;
  query?: string;
  /** The route changes sessions or memberships: every try gets a new world. */
  fresh?: boolean;
}

const everyone = {
  anonymous: true,
  partner: true,
  otherPartner: true,
  former: true,
  outsider: true,
  spaceless: true,
};
const signedIn = { ...everyone, anonymous: false };
const inASpace = {
  anonymous: false,
  partner: true,
  otherPartner: true,
  former: false,
  outsider: true,
  spaceless: false,
};

const CHECK_INS = ['checkIn:partner', 'checkIn:otherPartner', 'checkIn:former', 'checkIn:outsider'];
const SPACE_S = ['checkIn:partner', 'checkIn:otherPartner', 'checkIn:former'];

export const EXPECTATIONS: Record<string, RouteExpectation> = {
  // Platform and web app: public by design, no space data.
  'GET /healthz': { allow: everyone },
  'GET /readyz': { allow: everyone },
  'GET /api/v1/openapi.json': { allow: everyone },
  'GET /': { allow: everyone },
  'GET /*': { allow: everyone },

  // Accounts.
  // Both replace the session the browser holds, so each try starts afresh.
  'POST /api/v1/accounts': {
    allow: everyone,
    fresh: true,
    body: () => ({
      email: `new-${Math.random()}@example.test`,
      displayName: 'New',
      password: 'quiet harbour lantern 42',
      timeZone: 'UTC',
    }),
  },
  'POST /api/v1/sessions': {
    allow: everyone,
    fresh: true,
    body: (world) => ({ email: world.members.partner.email, password: 'wrong but well-formed' }),
  },
  'DELETE /api/v1/sessions/current': { allow: signedIn, fresh: true },
  'GET /api/v1/me': { allow: signedIn },
  'PATCH /api/v1/me': { allow: signedIn, body: () => ({ timeZone: 'UTC' }) },

  // Spaces.
  'POST /api/v1/spaces': { allow: signedIn, fresh: true },
  'GET /api/v1/space': { allow: inASpace },
  'POST /api/v1/space/invites': { allow: inASpace },
  'POST /api/v1/invites/accept': {
    allow: signedIn,
    fresh: true,
    body: async (world) => ({ token: await world.freshInviteToken() }),
  },
  'DELETE /api/v1/space/membership': { allow: inASpace, fresh: true },

  // Check-ins.
  'PUT /api/v1/check-ins': { allow: inASpace, body: () => ({ trust: 5 }) },
  'GET /api/v1/check-ins': { allow: inASpace },
  'GET /api/v1/check-ins/:checkInId': {
    param: 'checkInId',
    objects: CHECK_INS,
    allow: {
      anonymous: [],
      partner: SPACE_S,
      otherPartner: SPACE_S,
      former: [],
      outsider: ['checkIn:outsider'],
      spaceless: [],
    },
  },
};
