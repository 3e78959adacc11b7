/**
 * The cast of the access matrix: a couple (partner and otherPartner) in space S,
 * a former partner who left S, a member of another space T (outsider), a member
 * with no space, nobody (anonymous), and three therapists of S: one both
 * partners consented to and who accepted, one invited but not yet accepted,
 * and one whose access was revoked; and an operator, who moderates the guide's
 * comments and has no access to any space. Each holds objects the matrix tries.
 */
import { expect } from 'vitest';
import {
  accept,
  createSpace,
  invite,
  putCheckIn,
  signUp,
  type TestMember,
} from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { outboxBinding } from '../../src/server/platform/mail/outbox.js';
import { addFormerRepairObjects, addRepairObjects } from '../repair/world-objects.js';
import { addRestoreObjects } from '../restore/world-objects.js';
import { addRegainObjects } from '../regain/world-objects.js';
import { addTrustObjects } from '../trust/world-objects.js';
import { addReminderObjects } from '../reminders/world-objects.js';
import { addFormerKindnessObjects, addKindnessObjects } from '../kindness/world-objects.js';
import { addAccountSecurityObjects } from '../account-security/access-objects.js';
import { addCommentObjects, signUpOperator } from '../support/guide-comments.js';

export const ROLES = [
  'anonymous',
  'partner',
  'otherPartner',
  'former',
  'outsider',
  'spaceless',
  'therapist',
  'therapistPending',
  'therapistRevoked',
  // Last: the only role that passes moderation, so its tries change things after everyone else's.
  'operator',
] as const;
export type Role = (typeof ROLES)[number];

export interface World {
  t: TestApp;
  members: Record<Exclude<Role, 'anonymous'>, TestMember>;
  /** Object ids by key, e.g. `checkIn:partner` is a check-in the partner wrote. */
  objects: Record<string, string>;
  cookieOf(role: Role): string | undefined;
  /** A fresh invite token into a space with a free seat (for acceptInvite). */
  freshInviteToken(): Promise<string>;
  /** A fresh therapist link into space T (for acceptTherapistInvite), sent to `email`. */
  freshTherapistToken(email?: string): Promise<string>;
}

/** The token of the newest therapist e-mail in the outbox (the link waits there encrypted). */
export async function lastTherapistToken(t: TestApp): Promise<string> {
  const row = await t.db.database.db
    .selectFrom('outbox')
    .select(['id', 'link'])
    .where('template', '=', 'therapist-invite')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return t.cipher.decrypt(row.link!, outboxBinding(row.id)).split('#')[1]!;
}

/** One partner proposes, the other consents; returns the grant id and the e-mailed token. */
export async function consentedGrant(
  t: TestApp,
  proposer: TestMember,
  consenter: TestMember,
  email: string,
): Promise<{ grantId: string; token: string }> {
  const proposed = await t.request({
    method: 'POST',
    url: '/api/v1/space/therapists',
    cookie: proposer.cookie,
    body: { email },
  });
  expect(proposed.statusCode, proposed.body).toBe(201);
  const grantId = proposed.json<{ grant: { id: string } }>().grant.id;
  const consented = await t.request({
    method: 'POST',
    url: `/api/v1/space/therapists/${grantId}/consent`,
    cookie: consenter.cookie,
  });
  expect(consented.statusCode, consented.body).toBe(200);
  return { grantId, token: await lastTherapistToken(t) };
}

export async function acceptAsTherapist(t: TestApp, therapist: TestMember, token: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/therapist/invites/accept',
    cookie: therapist.cookie,
    body: { token },
  });
}

async function checkInId(t: TestApp, member: TestMember): Promise<string> {
  const response = await putCheckIn(t, member, {
    trust: 4,
    note: { text: 'shared', visibility: 'shared' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ checkIn: { id: string } }>().checkIn.id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const partner = await signUp(t, { displayName: 'Partner' });
  const otherPartner = await signUp(t, { displayName: 'Other partner' });
  const former = await signUp(t, { displayName: 'Former' });
  const outsider = await signUp(t, { displayName: 'Outsider' });
  const outsiderPartner = await signUp(t, { displayName: 'Outsider partner' });
  const spaceless = await signUp(t, { displayName: 'Spaceless' });
  const inviter = await signUp(t, { displayName: 'Inviter' });

  // Space S: the former partner joins first, writes, and leaves; then otherPartner joins.
  await createSpace(t, partner);
  expect((await accept(t, former, await invite(t, partner))).statusCode).toBe(200);
  const objects: Record<string, string> = {};
  objects['checkIn:former'] = await checkInId(t, former);
  await addFormerRepairObjects(t, objects, former);
  await addFormerKindnessObjects(t, objects, former);
  expect(
    (await t.request({ method: 'DELETE', url: '/api/v1/space/membership', cookie: former.cookie }))
      .statusCode,
  ).toBe(204);
  expect((await accept(t, otherPartner, await invite(t, partner))).statusCode).toBe(200);
  objects['checkIn:partner'] = await checkInId(t, partner);
  objects['checkIn:otherPartner'] = await checkInId(t, otherPartner);

  // Space T, someone else's.
  await createSpace(t, outsider);
  expect((await accept(t, outsiderPartner, await invite(t, outsider))).statusCode).toBe(200);
  objects['checkIn:outsider'] = await checkInId(t, outsider);
  await addRepairObjects(t, objects, { partner, otherPartner, outsider, outsiderPartner });
  await addRestoreObjects(t, objects, { partner, otherPartner, outsider });
  await addRegainObjects(t, objects, { partner, otherPartner, outsider });
  await addKindnessObjects(t, objects, { partner, otherPartner, outsider });
  await addTrustObjects(t, objects, { partner, otherPartner, outsider });
  await addReminderObjects(t, objects, { partner, otherPartner, outsider });

  // A space with a free seat, for acceptInvite.
  await createSpace(t, inviter);

  // Therapists of S: active, invited but not accepted, revoked.
  const therapist = await signUp(t, { displayName: 'Therapist' });
  const therapistPending = await signUp(t, { displayName: 'Pending therapist' });
  const therapistRevoked = await signUp(t, { displayName: 'Revoked therapist' });
  const active = await consentedGrant(t, partner, otherPartner, therapist.email);
  expect((await acceptAsTherapist(t, therapist, active.token)).statusCode).toBe(200);
  const revoked = await consentedGrant(t, otherPartner, partner, therapistRevoked.email);
  expect((await acceptAsTherapist(t, therapistRevoked, revoked.token)).statusCode).toBe(200);
  const revocation = await t.request({
    method: 'POST',
    url: `/api/v1/space/therapists/${revoked.grantId}/revoke`,
    cookie: partner.cookie,
  });
  expect(revocation.statusCode).toBe(200);
  await consentedGrant(t, partner, otherPartner, therapistPending.email);
  objects['space:S'] = (
    await t.request({ method: 'GET', url: '/api/v1/space', cookie: partner.cookie })
  ).json<{ space: { id: string } }>().space.id;
  objects['space:T'] = (
    await t.request({ method: 'GET', url: '/api/v1/space', cookie: outsider.cookie })
  ).json<{ space: { id: string } }>().space.id;
  // Grants the matrix may act on (the active therapist's own grant stays untouched).
  const awaiting = await t.request({
    method: 'POST',
    url: '/api/v1/space/therapists',
    cookie: partner.cookie,
    body: { email: 'awaiting@example.test' },
  });
  objects['grant:S'] = awaiting.json<{ grant: { id: string } }>().grant.id;
  const elsewhere = await t.request({
    method: 'POST',
    url: '/api/v1/space/therapists',
    cookie: outsider.cookie,
    body: { email: 'elsewhere@example.test' },
  });
  objects['grant:T'] = elsewhere.json<{ grant: { id: string } }>().grant.id;
  // Each one's own sessions, notices and passkeys (account security).
  await addAccountSecurityObjects(t, objects, { partner, otherPartner, outsider });
  // Guide comments waiting for the operator: one to moderate, one to delete.
  await addCommentObjects(t, objects);
  const operator = await signUpOperator(t);
  expect(Object.values(objects).every(Boolean)).toBe(true);

  const members = {
    partner,
    otherPartner,
    former,
    outsider,
    spaceless,
    therapist,
    therapistPending,
    therapistRevoked,
    operator,
  };
  return {
    t,
    members,
    objects,
    cookieOf: (role) => (role === 'anonymous' ? undefined : members[role].cookie),
    freshInviteToken: () => invite(t, inviter),
    freshTherapistToken: async (email = `t-${Math.random()}@example.test`) =>
      (await consentedGrant(t, outsiderPartner, outsider, email)).token,
  };
}
