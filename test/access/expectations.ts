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
import { REPAIR_EXPECTATIONS } from '../repair/access.js';
import { RESTORE_EXPECTATIONS } from '../restore/access.js';
import { REGAIN_EXPECTATIONS } from '../regain/access.js';
import { KINDNESS_EXPECTATIONS } from '../kindness/access.js';
import { PROGRESS_EXPECTATIONS } from '../progress/access.js';
import { REPORT_EXPECTATIONS } from '../report/access.js';
import { TRUST_EXPECTATIONS } from '../trust/access.js';
import { buildGuideSite } from '../../src/server/features/guide/site.js';

/** The guide stylesheet's hashed file name, as the app under test serves it. */
const GUIDE_STYLESHEET = buildGuideSite({ publicUrl: 'http://localhost:3000' })
  .stylesheet.path.split('/')
  .pop()!;
import { REMINDER_EXPECTATIONS } from '../reminders/access.js';

export interface RouteExpectation {
  allow: Record<Role, boolean | string[]>;
  /** Path parameter holding an object id, and the objects to try in it. */
  param?: string;
  objects?: string[];
  /** Other path parameters, filled from the world (a commitment's marked day, say). */
  params?: Record<string, (world: World) => string>;
  /** The body `role` sends (most bodies are the same for every role). */
  body?: (world: World, role: Role) => unknown;
  query?: string;
  /** The route changes sessions or memberships: every try gets a new world. */
  fresh?: boolean;
  /**
   * The answer is an event stream that stays open: the matrix reads what it
   * sends at once (catch-up from the oldest id) and checks that every event
   * is addressed to the caller in their own space.
   */
  stream?: true;
}

const everyone: Record<Role, boolean> = {
  anonymous: true,
  partner: true,
  otherPartner: true,
  former: true,
  outsider: true,
  spaceless: true,
  therapist: true,
  therapistPending: true,
  therapistRevoked: true,
  operator: true,
};
const signedIn = { ...everyone, anonymous: false };
/** Partners in a space (therapists are not partners: partner routes are closed to them). */
const inASpace = {
  ...signedIn,
  former: false,
  spaceless: false,
  therapist: false,
  therapistPending: false,
  therapistRevoked: false,
  operator: false,
};
/** Ways into a space: open to every account but an operator's (decision 048). */
const intoASpace = { ...signedIn, operator: false };
/** Moderation: operators only. */
const operatorOnly = Object.fromEntries(
  Object.keys(everyone).map((role) => [role, role === 'operator']),
) as Record<Role, boolean>;
/** For object routes: each role's reachable objects, nobody's by default. */
const objectsFor = (allowed: Partial<Record<Role, string[]>>): Record<Role, string[]> => ({
  anonymous: [],
  partner: [],
  otherPartner: [],
  former: [],
  outsider: [],
  spaceless: [],
  therapist: [],
  therapistPending: [],
  therapistRevoked: [],
  operator: [],
  ...allowed,
});

/** Account-security objects (sessions, notices, passkeys) of three members; each reaches only their own. */
const ownObjects = (kind: string) => [
  `${kind}:partner`,
  `${kind}:otherPartner`,
  `${kind}:outsider`,
];
const ownOnly = (kind: string) =>
  objectsFor({
    partner: [`${kind}:partner`],
    otherPartner: [`${kind}:otherPartner`],
    outsider: [`${kind}:outsider`],
  });

const CHECK_INS = ['checkIn:partner', 'checkIn:otherPartner', 'checkIn:former', 'checkIn:outsider'];
const SPACE_S = ['checkIn:partner', 'checkIn:otherPartner', 'checkIn:former'];
const GRANTS = ['grant:S', 'grant:T'];
const SPACES = ['space:S', 'space:T'];

export const EXPECTATIONS: Record<string, RouteExpectation> = {
  // Platform and web app: public by design, no space data.
  'GET /healthz': { allow: everyone },
  'GET /readyz': { allow: everyone },
  'GET /api/v1/openapi.json': { allow: everyone },
  'GET /': { allow: everyone },
  'GET /*': { allow: everyone },
  // The public guide: pages, feeds and files for crawlers hold nothing about any member.
  'GET /guide': { allow: everyone },
  'GET /guide/:slug': { allow: everyone, params: { slug: () => 'what-trust-rests-on' } },
  'GET /guide/feed.xml': { allow: everyone },
  'GET /guide/atom.xml': { allow: everyone },
  'GET /guide/assets/:file': {
    allow: everyone,
    params: { file: () => GUIDE_STYLESHEET },
  },
  'GET /sitemap.xml': { allow: everyone },
  'GET /robots.txt': { allow: everyone },
  // Guide comments: a form anyone may send (an empty one is answered 422), and
  // the delete link's pages (an unknown token is answered with a page too).
  'POST /guide/:slug/comments': {
    allow: everyone,
    params: { slug: () => 'what-trust-rests-on' },
  },
  'GET /guide/comments/delete': { allow: everyone, query: '?token=not-a-token' },
  'POST /guide/comments/delete': { allow: everyone },
  // Reply notices' confirmation link, and the guide's subscription: plain forms
  // and pages anyone may use (an unknown token or address is answered with a page).
  'GET /guide/comments/notify': { allow: everyone, query: '?token=not-a-token' },
  'POST /guide/comments/notify': { allow: everyone },
  'GET /guide/subscribe': { allow: everyone },
  'POST /guide/subscribe': { allow: everyone },
  'GET /guide/subscribe/confirm': { allow: everyone, query: '?token=not-a-token' },
  'POST /guide/subscribe/confirm': { allow: everyone },
  'GET /guide/unsubscribe': { allow: everyone },
  'POST /guide/unsubscribe': { allow: everyone },

  // Moderating the guide's comments: operators only, everyone else 404 (or 401).
  'GET /api/v1/moderation/comments': { allow: operatorOnly, query: '?status=held' },
  ...Object.fromEntries(
    ['approve', 'reject', 'spam'].map((verb) => [
      `POST /api/v1/moderation/comments/:commentId/${verb}`,
      {
        param: 'commentId',
        objects: ['comment:held'],
        allow: objectsFor({ operator: ['comment:held'] }),
      },
    ]),
  ),
  'DELETE /api/v1/moderation/comments/:commentId': {
    param: 'commentId',
    objects: ['comment:doomed'],
    allow: objectsFor({ operator: ['comment:doomed'] }),
  },
  'GET /api/v1/moderation/articles': { allow: operatorOnly },
  'PUT /api/v1/moderation/articles/:slug': {
    allow: operatorOnly,
    params: { slug: () => 'what-trust-rests-on' },
    body: () => ({ commentsOpen: true }),
  },

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
  // Your data: every signed-in person exports or deletes only their own.
  'POST /api/v1/me/export': { allow: signedIn, fresh: true },
  'GET /api/v1/me/summary': { allow: signedIn, fresh: true },
  'DELETE /api/v1/me': { allow: signedIn, fresh: true },

  // Spaces.
  'POST /api/v1/spaces': { allow: intoASpace, fresh: true },
  'GET /api/v1/space': { allow: inASpace },
  'POST /api/v1/space/invites': { allow: inASpace },
  'POST /api/v1/invites/accept': {
    allow: intoASpace,
    fresh: true,
    body: async (world) => ({ token: await world.freshInviteToken() }),
  },
  'DELETE /api/v1/space/membership': { allow: inASpace, fresh: true },
  // A made-up invite token: refused (410) after the access check.
  'POST /api/v1/space/invites/email': {
    allow: inASpace,
    body: () => ({ token: 'not-a-real-invite', email: 'someone@example.test' }),
  },

  // E-mail and accounts (issue 11): links from mails are public; a made-up
  // token is a business answer (410 link-used-or-expired), never a denial.
  'POST /api/v1/email-confirmations': {
    allow: everyone,
    fresh: true,
    body: () => ({ token: 'not-a-real-token' }),
  },
  'POST /api/v1/password-resets': {
    allow: everyone,
    body: () => ({ email: `reset-${Math.random()}@example.test` }),
  },
  'POST /api/v1/password-resets/complete': {
    allow: everyone,
    body: () => ({ token: 'not-a-real-token', newPassword: 'quiet harbour lantern 42' }),
  },
  'POST /api/v1/mail/unsubscribe': {
    allow: everyone,
    query: '?token=not.a.token',
    body: () => ({ 'List-Unsubscribe': 'One-Click' }),
  },
  // Redirects to the page that asks first; changes nothing.
  'GET /api/v1/mail/unsubscribe': { allow: everyone, query: '?token=not.a.token' },

  // Check-ins.
  'PUT /api/v1/check-ins': { allow: inASpace, body: () => ({ trust: 5 }) },
  'GET /api/v1/check-ins': { allow: inASpace },
  'GET /api/v1/check-ins/:checkInId': {
    param: 'checkInId',
    objects: CHECK_INS,
    allow: objectsFor({
      partner: SPACE_S,
      otherPartner: SPACE_S,
      outsider: ['checkIn:outsider'],
    }),
  },

  // Safety: every signed-in person answers for themselves; resources are open to all.
  'GET /api/v1/safety-check': { allow: signedIn },
  'PUT /api/v1/safety-check': {
    allow: signedIn,
    body: () => ({
      answers: { afraid: 'no', hurtOrThreatened: 'no', controlled: 'no', freeToSayNo: 'yes' },
    }),
  },
  'PUT /api/v1/safety-check/choice': { allow: signedIn, body: () => ({ choice: 'go-on' }) },
  'GET /api/v1/crisis-resources': { allow: everyone, query: '?country=GB' },

  // Therapist, partners' side.
  'GET /api/v1/space/therapists': { allow: inASpace },
  'POST /api/v1/space/therapists': {
    allow: inASpace,
    body: () => ({ email: `proposed-${Math.random()}@example.test` }),
    fresh: true,
  },
  ...Object.fromEntries(
    ['consent', 'decline', 'revoke'].map((verb) => [
      `POST /api/v1/space/therapists/:grantId/${verb}`,
      {
        param: 'grantId',
        objects: GRANTS,
        allow: objectsFor({
          partner: ['grant:S'],
          otherPartner: ['grant:S'],
          outsider: ['grant:T'],
        }),
      },
    ]),
  ),
  'GET /api/v1/space/therapist-notes': { allow: inASpace },
  'GET /api/v1/space/audit': { allow: inASpace },

  // Therapist, therapist's side.
  'POST /api/v1/therapist/invites/accept': {
    allow: intoASpace,
    fresh: true,
    // Sent to the trying member's own address: the link works for that address only.
    body: async (world, role) => ({
      token: await world.freshTherapistToken(
        role === 'anonymous' ? undefined : world.members[role].email,
      ),
    }),
  },
  'GET /api/v1/therapist/spaces': { allow: signedIn },
  'GET /api/v1/therapist/spaces/:spaceId/entries': {
    param: 'spaceId',
    objects: SPACES,
    allow: objectsFor({ therapist: ['space:S'] }),
  },
  'GET /api/v1/therapist/spaces/:spaceId/notes': {
    param: 'spaceId',
    objects: SPACES,
    // Partners read their therapist's notes too (through this path or their own).
    allow: objectsFor({
      therapist: ['space:S'],
      partner: ['space:S'],
      otherPartner: ['space:S'],
      outsider: ['space:T'],
    }),
  },
  'POST /api/v1/therapist/spaces/:spaceId/notes': {
    param: 'spaceId',
    objects: SPACES,
    body: () => ({ text: 'A note to you both.' }),
    allow: objectsFor({ therapist: ['space:S'] }),
  },

  // The embedded install's outbox page: only with MEND_DEV_OUTBOX=1, loopback only.
  'GET /api/v1/dev/outbox': { allow: everyone },

  // Account security: a member's own sessions, notices, factors; another member's id is 404.
  // Sign-in's second step is public: a made-up ticket is a business answer (401 sign-in-expired).
  'POST /api/v1/sessions/second-factor': {
    allow: everyone,
    body: () => ({ ticket: 'not-a-real-ticket', totp: '123456' }),
  },
  'POST /api/v1/sessions/second-factor/passkey-options': {
    allow: everyone,
    body: () => ({ ticket: 'not-a-real-ticket' }),
  },
  'GET /api/v1/sessions': { allow: signedIn },
  'DELETE /api/v1/sessions/others': { allow: signedIn, fresh: true },
  'DELETE /api/v1/sessions/:sessionId': {
    param: 'sessionId',
    objects: ownObjects('session'),
    allow: ownOnly('session'),
  },
  'GET /api/v1/notices': { allow: signedIn },
  'POST /api/v1/notices/:noticeId/dismiss': {
    param: 'noticeId',
    objects: ownObjects('notice'),
    allow: ownOnly('notice'),
  },
  // A wrong password: the access check passes (403 reauthentication-failed), no session changes.
  'POST /api/v1/me/reauthenticate': {
    allow: signedIn,
    body: () => ({ password: 'not the password at all' }),
  },
  'POST /api/v1/me/reauthenticate/passkey-options': { allow: signedIn },
  // Nothing later in the table depends on a member's e-mail, so the shared world will do.
  'PUT /api/v1/me/email': {
    allow: signedIn,
    body: () => ({ email: `changed-${Math.random()}@example.test` }),
  },
  // Too short: refused (422) after the access check, so no session is renewed or ended.
  'PUT /api/v1/me/password': { allow: signedIn, body: () => ({ newPassword: 'too short' }) },
  'GET /api/v1/me/second-factor': { allow: signedIn },
  'POST /api/v1/me/second-factor/totp/setup': { allow: signedIn },
  'POST /api/v1/me/second-factor/totp': { allow: signedIn, body: () => ({ code: '000000' }) },
  'DELETE /api/v1/me/second-factor/totp': { allow: signedIn },
  'POST /api/v1/me/second-factor/passkeys/options': { allow: signedIn },
  'POST /api/v1/me/second-factor/passkeys': {
    allow: signedIn,
    body: () => ({
      credential: {
        id: 'bm90LWEta2V5',
        rawId: 'bm90LWEta2V5',
        type: 'public-key',
        response: { clientDataJSON: 'e30', attestationObject: 'oA' },
        clientExtensionResults: {},
      },
    }),
  },
  'DELETE /api/v1/me/second-factor/passkeys/:passkeyId': {
    param: 'passkeyId',
    objects: ownObjects('passkey'),
    allow: ownOnly('passkey'),
  },
  'POST /api/v1/me/second-factor/recovery-codes': { allow: signedIn },

  // Live updates (issue 11): a partner follows their own space only.
  'GET /api/v1/events': { allow: inASpace, stream: true },

  // The repair phase (steps 1–4 and setbacks): test/repair/access.ts.
  ...REPAIR_EXPECTATIONS,
  // Restore and regain (steps 5–10): test/restore/access.ts.
  ...RESTORE_EXPECTATIONS,
  // Needs and forgiveness (steps 8 and 10): test/regain/access.ts.
  ...REGAIN_EXPECTATIONS,
  // Notes and gestures (step 6): test/kindness/access.ts.
  ...KINDNESS_EXPECTATIONS,
  // The forecast and progress (issue 10): test/progress/access.ts.
  ...PROGRESS_EXPECTATIONS,
  // The report a partner prints for their therapist (issue 10): test/report/access.ts.
  ...REPORT_EXPECTATIONS,
  // The trust questionnaire (issue 10): test/trust/access.ts.
  ...TRUST_EXPECTATIONS,
  // Reminders (issue 11): test/reminders/access.ts.
  ...REMINDER_EXPECTATIONS,
};
